// Command newsroom is the newsroom news crawl pipeline: every stage in one
// process (`newsroom run`), each service alone (`newsroom crawler|extractor|sink`),
// and the tools around them (export, extract, seed, status, admin, demo).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `newsroom — a distributed news crawl pipeline

Usage: newsroom <command> [options]   (newsroom <command> --help for its options)

Commands:
  run        crawl with every stage in one process (embedded NATS, state and SQLite by default)
  crawler    run the crawler service alone (external NATS and Redis)
  extractor  run the extractor service alone (external NATS and Redis)
  sink       run the sink service alone (external NATS and a store)
  seed       put seed URLs on the frontier of a running cluster
  status     print the pipeline's queues, in-flight work and dead letters
  admin      serve the status dashboard of a cluster
  export     write stored stories as JSON lines
  extract    extract article files offline, one JSON object per file
  demo       crawl a simulated news web on loopback and compare with its ground truth
  testweb    serve the simulated news web for manual experiments

Every option can also be set from the environment: --admin-addr is NEWSROOM_ADMIN_ADDR.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := dispatch(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsroom:", err)
		os.Exit(1)
	}
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, stdout, stderr, getenv)
	case "crawler", "extractor", "sink":
		return cmdService(ctx, cmd, rest, stdout, stderr, getenv)
	case "seed":
		return cmdSeed(ctx, rest, stdout, stderr, getenv)
	case "status":
		return cmdStatus(ctx, rest, stdout, stderr, getenv)
	case "admin":
		return cmdAdmin(ctx, rest, stdout, stderr, getenv)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr, getenv)
	case "extract":
		return cmdExtract(ctx, rest, stdout, stderr, getenv)
	case "demo":
		return cmdDemo(ctx, rest, stdout, stderr, getenv)
	case "testweb":
		return cmdTestweb(ctx, rest, stdout, stderr, getenv)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
