package main

import (
	"net/http"

	gatehouse "example.invalid/gatehouse/openapi/clients/go"
)

// NewService routes the example's two endpoints, both behind RequireAuth:
//
//	GET /me            who the access token belongs to, read from its claims alone
//	GET /organization  the caller's organization, read from the Gatehouse backend API with
//	                   the generated client and the project's secret key
func NewService(verifier *Verifier, api *gatehouse.ClientWithResponses) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		claims := ClaimsFrom(r.Context())
		writeJSON(w, http.StatusOK, map[string]any{
			"user_id":         claims.Subject,
			"organization_id": claims.Organization.ID,
			"roles":           claims.Roles,
			"actions":         claims.Actions,
		})
	})
	mux.HandleFunc("GET /organization", func(w http.ResponseWriter, r *http.Request) {
		claims := ClaimsFrom(r.Context())
		resp, err := api.GetOrganizationWithResponse(r.Context(), claims.Organization.ID)
		if err != nil {
			writeJSON(w, http.StatusBadGateway, errorBody{"bad_gateway", "gatehouse_unreachable", err.Error()})
			return
		}
		if resp.JSON200 == nil {
			writeJSON(w, http.StatusBadGateway,
				errorBody{"bad_gateway", "gatehouse_error", "Gatehouse answered " + resp.Status()})
			return
		}
		organization := resp.JSON200
		writeJSON(w, http.StatusOK, map[string]any{
			"id":      organization.Id,
			"name":    organization.Name,
			"slug":    organization.Slug,
			"domains": organization.Domains,
		})
	})
	return verifier.RequireAuth(mux)
}
