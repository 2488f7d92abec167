package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	gatehouse "example.invalid/gatehouse/openapi/clients/go"
	"example.invalid/gatehouse/openapi/clients/go/gatehousetest"
	openapi_types "github.com/oapi-codegen/runtime/types"
)

// TestServiceAgainstGatehouseDev signs the demo user in on a real `gatehouse dev`, then calls
// the service with the access token it got: the token must verify with jwx against the live
// JWKS, and the service must reach the backend API with the generated client.
func TestServiceAgainstGatehouseDev(t *testing.T) {
	dev := gatehousetest.Start(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)

	api, err := gatehouse.NewClientWithResponses(dev.URL, gatehouse.WithSecretKey(dev.Project.SecretKey))
	if err != nil {
		t.Fatal(err)
	}
	login, err := api.LoginWithPasswordWithResponse(ctx, dev.Project.ProjectID, gatehouse.PasswordLogin{
		Organization: "acme",
		Email:        openapi_types.Email(dev.Project.DemoUserEmail),
		Password:     dev.Project.DemoUserPassword,
	})
	if err != nil {
		t.Fatal(err)
	}
	if login.JSON200 == nil {
		t.Fatalf("login: %d %s", login.StatusCode(), login.Body)
	}
	accessToken := login.JSON200.AccessToken

	verifier, err := NewVerifier(ctx, dev.Project.Issuer, dev.Project.ProjectID)
	if err != nil {
		t.Fatal(err)
	}
	service := httptest.NewServer(NewService(verifier, api))
	t.Cleanup(service.Close)

	get := func(t *testing.T, path, token string) (int, map[string]any, http.Header) {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, service.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, body, resp.Header
	}

	t.Run("me from the token's claims", func(t *testing.T) {
		status, body, _ := get(t, "/me", accessToken)
		if status != http.StatusOK || body["organization_id"] != dev.Project.DemoOrganizationID ||
			!strings.HasPrefix(body["user_id"].(string), "user_") {
			t.Fatalf("%d %v", status, body)
		}
	})

	t.Run("organization from the backend API", func(t *testing.T) {
		status, body, _ := get(t, "/organization", accessToken)
		if status != http.StatusOK || body["id"] != dev.Project.DemoOrganizationID || body["slug"] != "acme" {
			t.Fatalf("%d %v", status, body)
		}
	})

	t.Run("no token", func(t *testing.T) {
		status, body, header := get(t, "/me", "")
		if status != http.StatusUnauthorized || body["code"] != "missing_token" ||
			!strings.HasPrefix(header.Get("WWW-Authenticate"), `Bearer error="invalid_token"`) {
			t.Fatalf("%d %v %v", status, body, header)
		}
	})

	t.Run("tampered token", func(t *testing.T) {
		parts := strings.Split(accessToken, ".")
		replacement := "A"
		if strings.HasPrefix(parts[2], "A") {
			replacement = "B"
		}
		tampered := parts[0] + "." + parts[1] + "." + replacement + parts[2][1:]
		status, body, _ := get(t, "/me", tampered)
		if status != http.StatusUnauthorized || body["code"] != "invalid_signature" {
			t.Fatalf("%d %v", status, body)
		}
	})

	t.Run("token for another audience", func(t *testing.T) {
		other, err := NewVerifier(ctx, dev.Project.Issuer, "proj_someone_else")
		if err != nil {
			t.Fatal(err)
		}
		_, err = other.Verify(ctx, accessToken)
		if code := codeOf(err); code != "wrong_audience" {
			t.Fatalf("got %v", err)
		}
	})
}

func codeOf(err error) string {
	if authErr, ok := err.(*AuthError); ok {
		return authErr.Code
	}
	return ""
}
