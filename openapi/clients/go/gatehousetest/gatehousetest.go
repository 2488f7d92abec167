// Package gatehousetest starts a throwaway `gatehouse dev` server for tests: a fresh data
// directory, a free port, and the dev project's keys from its dev.json.
//
// The binary comes from GATEHOUSE_BIN, else $CARGO_TARGET_DIR/debug/gatehouse, else
// target/debug/gatehouse of the repository that contains the working directory.
package gatehousetest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// Project is the contents of dev.json, written by `gatehouse dev`.
type Project struct {
	APIURL             string `json:"api_url"`
	Issuer             string `json:"issuer"`
	ProjectID          string `json:"project_id"`
	PublishableKey     string `json:"publishable_key"`
	SecretKey          string `json:"secret_key"`
	DemoOrganizationID string `json:"demo_organization_id"`
	DemoUserEmail      string `json:"demo_user_email"`
	DemoUserPassword   string `json:"demo_user_password"`
}

// Server is a running `gatehouse dev`.
type Server struct {
	// URL is the server's origin, http://127.0.0.1:PORT.
	URL     string
	Project Project
}

// Start starts `gatehouse dev` and stops it when the test and its subtests end.
func Start(t testing.TB) *Server {
	t.Helper()
	binary, err := Binary()
	if err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "dev", "--data-dir", dataDir, "--port", strconv.Itoa(port))
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", binary, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})

	url := "http://127.0.0.1:" + strconv.Itoa(port)
	if err := waitHealthy(url, exited); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dataDir, "dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	server := &Server{URL: url}
	if err := json.Unmarshal(raw, &server.Project); err != nil {
		t.Fatalf("dev.json: %v", err)
	}
	return server
}

// Binary finds the gatehouse binary.
func Binary() (string, error) {
	if explicit := os.Getenv("GATEHOUSE_BIN"); explicit != "" {
		return explicit, nil
	}
	if target := os.Getenv("CARGO_TARGET_DIR"); target != "" {
		return filepath.Join(target, "debug", "gatehouse"), nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "Cargo.lock")); err == nil {
			return filepath.Join(dir, "target", "debug", "gatehouse"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("set GATEHOUSE_BIN: no Cargo.lock above the working directory")
		}
		dir = parent
	}
}

func freePort() (int, error) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer listener.Close()
	return listener.Addr().(*net.TCPAddr).Port, nil
}

func waitHealthy(url string, exited <-chan error) error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return fmt.Errorf("gatehouse dev exited: %v", err)
		default:
		}
		if resp, err := client.Get(url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return errors.New("gatehouse dev did not come up within 30 s")
}
