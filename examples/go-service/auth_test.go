package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// TestVerifierRefuses checks each claim and header rule offline, on tokens signed by a key of
// a local JWKS, so that cases a real server never issues (wrong typ, expired...) are covered.
func TestVerifierRefuses(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)

	signingKey := newEd25519Key(t, "jwk_test")
	strangerKey := newEd25519Key(t, "jwk_other")
	publicKey, err := signingKey.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	keys := jwk.NewSet()
	_ = keys.AddKey(publicKey)
	jwks := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(keys)
	}))
	t.Cleanup(jwks.Close)

	issuer := jwks.URL
	const audience = "proj_test"
	verifier, err := NewVerifier(ctx, issuer, audience)
	if err != nil {
		t.Fatal(err)
	}

	type token struct {
		claims map[string]any
		typ    string
		key    jwk.Key
	}
	valid := func() token {
		now := time.Now()
		return token{
			claims: map[string]any{
				"iss": issuer, "aud": audience, "sub": "user_1",
				"iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
				"org":   map[string]any{"id": "org_1", "slug": "acme", "name": "Acme"},
				"roles": []string{"admin"},
			},
			typ: "at+jwt",
			key: signingKey,
		}
	}
	sign := func(t *testing.T, tok token) string {
		t.Helper()
		built := jwt.New()
		for name, value := range tok.claims {
			if err := built.Set(name, value); err != nil {
				t.Fatal(err)
			}
		}
		headers := jws.NewHeaders()
		_ = headers.Set(jws.TypeKey, tok.typ)
		signed, err := jwt.Sign(built, jwt.WithKey(jwa.EdDSA, tok.key, jws.WithProtectedHeaders(headers)))
		if err != nil {
			t.Fatal(err)
		}
		return string(signed)
	}

	claims, err := verifier.Verify(ctx, sign(t, valid()))
	if err != nil {
		t.Fatalf("valid token refused: %v", err)
	}
	if claims.Subject != "user_1" || claims.Organization.ID != "org_1" || len(claims.Roles) != 1 {
		t.Fatalf("claims: %+v", claims)
	}

	cases := []struct {
		name   string
		change func(*token)
		code   string
	}{
		{"typ JWT", func(tok *token) { tok.typ = "JWT" }, "wrong_token_type"},
		{"key not in the JWKS", func(tok *token) { tok.key = strangerKey }, "unknown_key"},
		{"expired", func(tok *token) { tok.claims["exp"] = time.Now().Add(-time.Minute).Unix() }, "token_expired"},
		{"not yet valid", func(tok *token) { tok.claims["nbf"] = time.Now().Add(time.Hour).Unix() }, "token_not_yet_valid"},
		{"other issuer", func(tok *token) { tok.claims["iss"] = "https://evil.example" }, "wrong_issuer"},
		{"other audience", func(tok *token) { tok.claims["aud"] = "proj_other" }, "wrong_audience"},
		{"no exp", func(tok *token) { delete(tok.claims, "exp") }, "missing_claim"},
		{"no org", func(tok *token) { delete(tok.claims, "org") }, "missing_claim"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tok := valid()
			c.change(&tok)
			_, err := verifier.Verify(ctx, sign(t, tok))
			if code := codeOf(err); code != c.code {
				t.Fatalf("want %s, got %v", c.code, err)
			}
		})
	}

	t.Run("alg none", func(t *testing.T) {
		unsigned := "eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0Iiwia2lkIjoiandrX3Rlc3QifQ.e30."
		if code := codeOf(must(verifier.Verify(ctx, unsigned))); code != "unsupported_algorithm" {
			t.Fatalf("got %s", code)
		}
	})
}

func newEd25519Key(t *testing.T, kid string) jwk.Key {
	t.Helper()
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key, err := jwk.FromRaw(private)
	if err != nil {
		t.Fatal(err)
	}
	_ = key.Set(jwk.KeyIDKey, kid)
	_ = key.Set(jwk.AlgorithmKey, jwa.EdDSA)
	return key
}

func must(_ *Claims, err error) error { return err }
