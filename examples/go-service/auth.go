package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// Verifier checks Gatehouse access tokens (RFC 9068 JWTs) with lestrrat-go/jwx against the
// project's JWKS, as any standard JOSE library can: header typ "at+jwt" and an allowed alg,
// the signature by the key named by kid, then iss, aud, exp and nbf.
type Verifier struct {
	issuer   string
	audience string
	jwksURL  string
	cache    *jwk.Cache
	leeway   time.Duration

	mu          sync.Mutex
	lastRefresh time.Time
}

// allowedAlgorithms are the algorithms Gatehouse signs with; a token naming any other
// (none, HS256, ...) is refused before its signature is looked at.
var allowedAlgorithms = map[string]bool{"EdDSA": true, "ES256": true}

// unknownKidRefreshInterval limits JWKS refetches caused by tokens with an unknown kid.
const unknownKidRefreshInterval = 30 * time.Second

// NewVerifier fetches the issuer's JWKS once and keeps it cached until ctx ends; the cache
// refreshes in the background as the JWKS Cache-Control allows, and at once (rate-limited)
// when a token names a key it does not know, which is how rotated keys are picked up.
func NewVerifier(ctx context.Context, issuer, audience string) (*Verifier, error) {
	jwksURL := strings.TrimRight(issuer, "/") + "/.well-known/jwks.json"
	cache := jwk.NewCache(ctx)
	if err := cache.Register(jwksURL, jwk.WithMinRefreshInterval(time.Minute)); err != nil {
		return nil, err
	}
	if _, err := cache.Refresh(ctx, jwksURL); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", jwksURL, err)
	}
	return &Verifier{
		issuer:   issuer,
		audience: audience,
		jwksURL:  jwksURL,
		cache:    cache,
		leeway:   30 * time.Second,
	}, nil
}

// Claims are the parts of an access token this service uses.
type Claims struct {
	Subject      string
	Organization Organization
	Roles        []string
	Actions      []string
}

// Organization is the "org" claim.
type Organization struct {
	ID   string `json:"id"`
	Slug string `json:"slug"`
	Name string `json:"name"`
}

// AuthError is a refused token, with one of Gatehouse's stable error codes.
type AuthError struct {
	Code    string
	Message string
}

func (e *AuthError) Error() string { return e.Code + ": " + e.Message }

// Verify checks a compact JWS access token and returns its claims.
func (v *Verifier) Verify(ctx context.Context, token string) (*Claims, error) {
	message, err := jws.ParseString(token)
	if err != nil || len(message.Signatures()) != 1 {
		return nil, &AuthError{"malformed_token", "not a compact JWS"}
	}
	header := message.Signatures()[0].ProtectedHeaders()
	if header.Type() != "at+jwt" {
		return nil, &AuthError{"wrong_token_type", fmt.Sprintf("typ is %q, not at+jwt", header.Type())}
	}
	if !allowedAlgorithms[header.Algorithm().String()] {
		return nil, &AuthError{"unsupported_algorithm", "alg " + header.Algorithm().String() + " is not allowed"}
	}

	keys, err := v.keysFor(ctx, header.KeyID())
	if err != nil {
		return nil, &AuthError{"jwks_unavailable", err.Error()}
	}
	if _, known := keys.LookupKeyID(header.KeyID()); !known {
		return nil, &AuthError{"unknown_key", "no key " + header.KeyID() + " in the JWKS"}
	}
	parsed, err := jwt.ParseString(token,
		jwt.WithKeySet(keys),
		jwt.WithIssuer(v.issuer),
		jwt.WithAudience(v.audience),
		jwt.WithRequiredClaim(jwt.ExpirationKey),
		jwt.WithRequiredClaim(jwt.IssuedAtKey),
		jwt.WithRequiredClaim(jwt.SubjectKey),
		jwt.WithRequiredClaim("org"),
		jwt.WithAcceptableSkew(v.leeway),
		jwt.WithTypedClaim("org", Organization{}),
	)
	if err != nil {
		return nil, classify(err)
	}
	organization, ok := parsed.PrivateClaims()["org"].(Organization)
	if !ok || organization.ID == "" {
		return nil, &AuthError{"invalid_claim", "org.id is missing"}
	}
	return &Claims{
		Subject:      parsed.Subject(),
		Organization: organization,
		Roles:        stringList(parsed.PrivateClaims()["roles"]),
		Actions:      stringList(parsed.PrivateClaims()["actions"]),
	}, nil
}

// keysFor returns the cached JWKS, refetched first when it lacks kid (at most once per
// unknownKidRefreshInterval, so garbage tokens cannot make us hammer the server).
func (v *Verifier) keysFor(ctx context.Context, kid string) (jwk.Set, error) {
	keys, err := v.cache.Get(ctx, v.jwksURL)
	if err != nil {
		return nil, err
	}
	if _, known := keys.LookupKeyID(kid); known {
		return keys, nil
	}
	v.mu.Lock()
	due := time.Since(v.lastRefresh) >= unknownKidRefreshInterval
	if due {
		v.lastRefresh = time.Now()
	}
	v.mu.Unlock()
	if !due {
		return keys, nil
	}
	return v.cache.Refresh(ctx, v.jwksURL)
}

func classify(err error) *AuthError {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired()):
		return &AuthError{"token_expired", "the token has expired"}
	case errors.Is(err, jwt.ErrTokenNotYetValid()):
		return &AuthError{"token_not_yet_valid", "the token is not valid yet"}
	case errors.Is(err, jwt.ErrInvalidIssuer()):
		return &AuthError{"wrong_issuer", "the token comes from another issuer"}
	case errors.Is(err, jwt.ErrInvalidAudience()):
		return &AuthError{"wrong_audience", "the token is meant for another audience"}
	case errors.Is(err, jwt.ErrRequiredClaim()):
		return &AuthError{"missing_claim", err.Error()}
	case errors.Is(err, jwt.ErrInvalidIssuedAt()):
		return &AuthError{"invalid_claim", err.Error()}
	default:
		return &AuthError{"invalid_signature", "the signature does not verify"}
	}
}

func stringList(value any) []string {
	items, _ := value.([]any)
	list := make([]string, 0, len(items))
	for _, item := range items {
		if s, ok := item.(string); ok {
			list = append(list, s)
		}
	}
	return list
}

type claimsKey struct{}

// ClaimsFrom returns the claims RequireAuth put in the request's context.
func ClaimsFrom(ctx context.Context) *Claims {
	claims, _ := ctx.Value(claimsKey{}).(*Claims)
	return claims
}

// RequireAuth lets a request through only with a valid access token in
// `Authorization: Bearer`; otherwise it answers 401 as every Gatehouse SDK does (RFC 6750
// WWW-Authenticate and the shared JSON error shape).
func (v *Verifier) RequireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !found || token == "" {
			unauthorized(w, &AuthError{"missing_token", "send an access token in Authorization: Bearer"})
			return
		}
		claims, err := v.Verify(r.Context(), token)
		if err != nil {
			var authErr *AuthError
			if !errors.As(err, &authErr) {
				authErr = &AuthError{"invalid_signature", err.Error()}
			}
			unauthorized(w, authErr)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
	})
}

func unauthorized(w http.ResponseWriter, err *AuthError) {
	w.Header().Set("WWW-Authenticate",
		fmt.Sprintf(`Bearer error="invalid_token", error_description=%q`, err.Message))
	writeJSON(w, http.StatusUnauthorized, errorBody{"unauthorized", err.Code, err.Message})
}

type errorBody struct {
	Error   string `json:"error"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}
