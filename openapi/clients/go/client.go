// Package gatehouse is a client of the Gatehouse HTTP API.
//
// gatehouse.gen.go is generated from openapi/openapi.json by oapi-codegen (run
// scripts/generate-clients; never edit it). It holds one type per schema, a Client with one
// method per operation, and a ClientWithResponses whose methods decode every documented
// answer, for example JSON404 (*ErrorBody) of GetOrganizationWithResponse.
package gatehouse

import (
	"context"
	"net/http"
)

// WithSecretKey authenticates every request with a project secret key
// (sk_test_... or sk_live_...), as the backend API (/v1/...) requires.
func WithSecretKey(secretKey string) ClientOption {
	return WithRequestEditorFn(func(_ context.Context, req *http.Request) error {
		req.Header.Set("Authorization", "Bearer "+secretKey)
		return nil
	})
}
