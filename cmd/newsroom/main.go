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
	"slices"
	"syscall"
)

const usage = `newsroom — a distributed news crawl pipeline

Usage: newsroom <command> [options]

Start here:
  demo       crawl a simulated news web on loopback and compare with its ground truth (no network needed)
  testweb    serve that simulated news web, to point your own runs at
  run        crawl with every stage in one process (embedded NATS, state and SQLite by default)

Cluster services (external NATS, Redis and store; default admin port in brackets):
  crawler    run the crawler service alone [127.0.0.1:8081]
  extractor  run the extractor service alone [127.0.0.1:8082]
  sink       run the sink service alone [127.0.0.1:8083]
  admin      serve the status dashboard of a cluster [127.0.0.1:8090]
  seed       put seed URLs on the frontier of a running cluster
  status     print the pipeline's queues, in-flight work and dead letters (read-only)
  reset      remove one crawl's streams, Redis keys and (optionally) tables; needs --yes

Data:
  export     write stored stories as JSON lines
  ingest     feed the HTML responses of WARC files (e.g. CC-NEWS) through the pipeline
  index-warc write the CDXJ index of WARC files; repair those a killed crawler left unfinished
  extract    extract article files offline, one JSON object per file

Other:
  help CMD   print a command's options
  version    print the module version and VCS revision

Every option can also be set from the environment: --admin-addr is NEWSROOM_ADMIN_ADDR.
'newsroom help CMD' (or 'newsroom CMD --help') lists a command's options and their variables.
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
		var ue *usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// cmdFunc runs one command with its arguments.
type cmdFunc func(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error

// command is one entry of the command table.
type command struct {
	name string
	run  cmdFunc
}

// commandTable lists every command with flags, in the order of the usage.
// dispatch, `newsroom help CMD` and the flag-meaning test all read it, so a
// new command is added here once.
func commandTable() []command {
	service := func(name string) cmdFunc {
		return func(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
			return cmdService(ctx, name, args, stdout, stderr, getenv)
		}
	}
	return []command{
		{"demo", cmdDemo}, {"testweb", cmdTestweb}, {"run", cmdRun},
		{"crawler", service("crawler")}, {"extractor", service("extractor")}, {"sink", service("sink")},
		{"admin", cmdAdmin}, {"seed", cmdSeed}, {"status", cmdStatus}, {"reset", cmdReset},
		{"export", cmdExport}, {"ingest", cmdIngest}, {"index-warc", cmdIndexWARC}, {"extract", cmdExtract},
	}
}

// commandNames are the commands of commandTable, in order.
func commandNames() []string {
	var out []string
	for _, c := range commandTable() {
		out = append(out, c.name)
	}
	return out
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	cmd, rest := args[0], args[1:]
	for _, c := range commandTable() {
		if c.name == cmd {
			return c.run(ctx, rest, stdout, stderr, getenv)
		}
	}
	switch cmd {
	case "version", "--version":
		return cmdVersion(stdout)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			if !slices.Contains(commandNames(), rest[0]) && rest[0] != "version" {
				return &usageError{cmd: "help", msg: fmt.Sprintf("unknown command %q", rest[0])}
			}
			return dispatch(ctx, []string{rest[0], "--help"}, stdout, stderr, getenv)
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\nrun 'newsroom help' for the list of commands", cmd)
}
