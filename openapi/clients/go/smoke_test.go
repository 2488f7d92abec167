package gatehouse_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	gatehouse "example.invalid/gatehouse/openapi/clients/go"
	"example.invalid/gatehouse/openapi/clients/go/gatehousetest"
)

// TestSmoke drives the generated client against a real `gatehouse dev`: it creates an
// organization and a user, pages through organizations, and reads typed error bodies.
func TestSmoke(t *testing.T) {
	server := gatehousetest.Start(t)
	ctx := context.Background()
	client, err := gatehouse.NewClientWithResponses(server.URL,
		gatehouse.WithSecretKey(server.Project.SecretKey))
	if err != nil {
		t.Fatal(err)
	}

	createOrganization := func(t *testing.T, slug string) gatehouse.Organization {
		t.Helper()
		resp, err := client.CreateOrganizationWithResponse(ctx, gatehouse.CreateOrganization{
			Name:    "Org " + slug,
			Slug:    &slug,
			Domains: &[]string{slug + ".example"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if resp.JSON201 == nil {
			t.Fatalf("create organization: %d %s", resp.StatusCode(), resp.Body)
		}
		return *resp.JSON201
	}

	t.Run("create an organization and a user", func(t *testing.T) {
		organization := createOrganization(t, "go-smoke")
		if !strings.HasPrefix(organization.Id, "org_") || organization.Slug != "go-smoke" {
			t.Fatalf("organization: %+v", organization)
		}
		name := "Ada"
		created, err := client.CreateUserWithResponse(ctx, gatehouse.CreateUser{
			OrganizationId: organization.Id,
			Email:          "Ada@Go-Smoke.example",
			Name:           &name,
		})
		if err != nil {
			t.Fatal(err)
		}
		user := created.JSON201
		if user == nil {
			t.Fatalf("create user: %d %s", created.StatusCode(), created.Body)
		}
		if !strings.HasPrefix(user.Id, "user_") || user.OrganizationId != organization.Id ||
			user.Email != "ada@go-smoke.example" || user.HasPassword {
			t.Fatalf("user: %+v", user)
		}

		listed, err := client.ListUsersWithResponse(ctx,
			&gatehouse.ListUsersParams{OrganizationId: &organization.Id})
		if err != nil {
			t.Fatal(err)
		}
		if listed.JSON200 == nil || len(listed.JSON200.Data) != 1 || listed.JSON200.Data[0].Id != user.Id {
			t.Fatalf("list users: %d %s", listed.StatusCode(), listed.Body)
		}
	})

	t.Run("list organizations page by page", func(t *testing.T) {
		var created []string
		for _, slug := range []string{"go-page-a", "go-page-b", "go-page-c"} {
			created = append(created, createOrganization(t, slug).Id)
		}
		var seen []string
		limit := int64(2)
		params := &gatehouse.ListOrganizationsParams{Limit: &limit}
		for pages := 0; ; pages++ {
			if pages == 100 {
				t.Fatal("pagination does not end")
			}
			resp, err := client.ListOrganizationsWithResponse(ctx, params)
			if err != nil {
				t.Fatal(err)
			}
			page := resp.JSON200
			if page == nil || len(page.Data) > 2 {
				t.Fatalf("list organizations: %d %s", resp.StatusCode(), resp.Body)
			}
			for _, organization := range page.Data {
				seen = append(seen, organization.Id)
			}
			if page.NextCursor == nil {
				break
			}
			params.StartingAfter = page.NextCursor
		}
		if !slices.IsSorted(seen) || len(slices.Compact(slices.Clone(seen))) != len(seen) {
			t.Fatalf("pages out of order or repeated: %v", seen)
		}
		for _, id := range append(created, server.Project.DemoOrganizationID) {
			if !slices.Contains(seen, id) {
				t.Fatalf("%s not listed in %v", id, seen)
			}
		}
	})

	t.Run("404 has the typed error body", func(t *testing.T) {
		resp, err := client.GetOrganizationWithResponse(ctx, "org_00000000000000000000000000")
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode() != http.StatusNotFound || resp.JSON404 == nil {
			t.Fatalf("get organization: %d %s", resp.StatusCode(), resp.Body)
		}
		if resp.JSON404.Error != "not_found" || resp.JSON404.Code != "not_found" || resp.JSON404.Message == "" {
			t.Fatalf("error body: %+v", resp.JSON404)
		}
	})

	t.Run("401 has the typed error body", func(t *testing.T) {
		stranger, err := gatehouse.NewClientWithResponses(server.URL, gatehouse.WithSecretKey("sk_test_wrong"))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := stranger.ListOrganizationsWithResponse(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if resp.JSON401 == nil || resp.JSON401.Code != "invalid_secret_key" {
			t.Fatalf("list organizations with a wrong key: %d %s", resp.StatusCode(), resp.Body)
		}
	})
}
