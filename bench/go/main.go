// Command goverify measures, on one core, what the Go example service's verification costs:
// lestrrat-go/jwx (the library examples/go-service uses) checking the shared vectors' EdDSA
// and ES256 tokens with the same checks as the example's Verifier (typ at+jwt, algorithm
// allow-list, key by kid, signature, iss, aud, exp/nbf with leeway at the vectors' "now",
// required claims, org.id). It is a reference point next to the Rust, Python and Node
// numbers: it prints one JSON array with ops/s and p50/p99 per algorithm.
//
//	go run . -vectors ../../testdata/vectors.json -seconds 2
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

type organization struct {
	ID string `json:"id"`
}

type testCase struct {
	Name    string          `json:"name"`
	Token   string          `json:"token"`
	JWKS    json.RawMessage `json:"jwks"`
	Options struct {
		Issuer   string `json:"issuer"`
		Audience string `json:"audience"`
		Leeway   int64  `json:"leeway"`
		Now      int64  `json:"now"`
	} `json:"options"`
}

type row struct {
	Language       string  `json:"language"`
	Algorithm      string  `json:"algorithm"`
	Implementation string  `json:"implementation"`
	OpsPerSecond   float64 `json:"ops_per_second"`
	P50us          float64 `json:"p50_us"`
	P99us          float64 `json:"p99_us"`
	Calls          int     `json:"calls"`
}

var allowed = map[string]bool{"EdDSA": true, "ES256": true}

func verifier(c testCase) (func(string) bool, error) {
	keys, err := jwk.Parse(c.JWKS)
	if err != nil {
		return nil, err
	}
	now := time.Unix(c.Options.Now, 0)
	clock := jwt.ClockFunc(func() time.Time { return now })
	leeway := time.Duration(c.Options.Leeway) * time.Second
	return func(token string) bool {
		message, err := jws.ParseString(token)
		if err != nil || len(message.Signatures()) != 1 {
			return false
		}
		header := message.Signatures()[0].ProtectedHeaders()
		if header.Type() != "at+jwt" || !allowed[header.Algorithm().String()] {
			return false
		}
		if _, known := keys.LookupKeyID(header.KeyID()); !known {
			return false
		}
		parsed, err := jwt.ParseString(token,
			jwt.WithKeySet(keys),
			jwt.WithIssuer(c.Options.Issuer),
			jwt.WithAudience(c.Options.Audience),
			jwt.WithRequiredClaim(jwt.ExpirationKey),
			jwt.WithRequiredClaim(jwt.IssuedAtKey),
			jwt.WithRequiredClaim(jwt.SubjectKey),
			jwt.WithRequiredClaim("org"),
			jwt.WithAcceptableSkew(leeway),
			jwt.WithClock(clock),
			jwt.WithTypedClaim("org", organization{}),
		)
		if err != nil {
			return false
		}
		org, ok := parsed.PrivateClaims()["org"].(organization)
		return ok && org.ID != ""
	}, nil
}

func measure(seconds float64, op func() bool) (row, error) {
	warm := time.Now()
	for time.Since(warm).Seconds() < seconds/10 {
		if !op() {
			return row{}, fmt.Errorf("the operation failed during warm-up")
		}
	}
	nanos := make([]int64, 0, 1<<18)
	started := time.Now()
	for time.Since(started).Seconds() < seconds {
		t := time.Now()
		ok := op()
		nanos = append(nanos, time.Since(t).Nanoseconds())
		if !ok {
			return row{}, fmt.Errorf("the operation failed while measured")
		}
	}
	elapsed := time.Since(started).Seconds()
	sort.Slice(nanos, func(i, j int) bool { return nanos[i] < nanos[j] })
	at := func(p float64) float64 {
		return float64(nanos[int(p/100*float64(len(nanos)-1)+0.5)]) / 1000
	}
	return row{OpsPerSecond: float64(len(nanos)) / elapsed, P50us: at(50), P99us: at(99), Calls: len(nanos)}, nil
}

func main() {
	vectors := flag.String("vectors", "testdata/vectors.json", "the shared test vectors")
	seconds := flag.Float64("seconds", 2, "measuring time per algorithm")
	flag.Parse()
	runtime.GOMAXPROCS(1)

	raw, err := os.ReadFile(*vectors)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var file struct {
		Cases []testCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rows := []row{}
	for _, want := range []struct{ algorithm, name string }{
		{"EdDSA", "valid_eddsa_full_claims"},
		{"ES256", "valid_es256_full_claims"},
	} {
		for _, c := range file.Cases {
			if c.Name != want.name {
				continue
			}
			verify, err := verifier(c)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			r, err := measure(*seconds, func() bool { return verify(c.Token) })
			if err != nil {
				fmt.Fprintln(os.Stderr, want.name+": "+err.Error())
				os.Exit(1)
			}
			r.Language, r.Algorithm, r.Implementation = "go", want.algorithm, "lestrrat-go/jwx v2"
			rows = append(rows, r)
		}
	}
	out, _ := json.Marshal(rows)
	fmt.Println(string(out))
}
