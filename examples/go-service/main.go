// Command go-service is a small net/http service protected by Gatehouse access tokens. It
// verifies tokens with a standard JOSE library (lestrrat-go/jwx) against the project's JWKS
// and calls the Gatehouse backend API with the client generated from openapi/openapi.json.
//
// Configuration, from the environment (the values are in the dev.json of `gatehouse dev`):
//
//	GATEHOUSE_ISSUER      the project's issuer URL (tokens' iss; JWKS under it)
//	GATEHOUSE_AUDIENCE    the project id (tokens' aud)
//	GATEHOUSE_API_URL     the server's origin, for the backend API
//	GATEHOUSE_SECRET_KEY  a project secret key, for the backend API
//	ADDR                  where to listen (default 127.0.0.1:3000)
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	gatehouse "example.invalid/gatehouse/openapi/clients/go"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	config := map[string]string{}
	for _, name := range []string{"GATEHOUSE_ISSUER", "GATEHOUSE_AUDIENCE", "GATEHOUSE_API_URL", "GATEHOUSE_SECRET_KEY"} {
		if config[name] = os.Getenv(name); config[name] == "" {
			return errors.New(name + " is not set")
		}
	}
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = "127.0.0.1:3000"
	}

	verifier, err := NewVerifier(ctx, config["GATEHOUSE_ISSUER"], config["GATEHOUSE_AUDIENCE"])
	if err != nil {
		return err
	}
	api, err := gatehouse.NewClientWithResponses(config["GATEHOUSE_API_URL"],
		gatehouse.WithSecretKey(config["GATEHOUSE_SECRET_KEY"]))
	if err != nil {
		return err
	}

	server := &http.Server{
		Addr:              addr,
		Handler:           NewService(verifier, api),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = server.Shutdown(shutdown)
	}()
	log.Printf("listening on http://%s", addr)
	if err := server.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
