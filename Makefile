# newsroom — build, test, benchmark.
GO        ?= go
BIN       ?= bin/newsroom
FUZZTIME  ?= 30s
TESTFLAGS ?= -count=1 -timeout 25m

.PHONY: build test lint test-short vet fmt bench bench-extract bench-unfamiliar bench-dedupe bench-scale bench-crawler bench-search bench-hostile bench-ingest bench-frontier fuzz fuzz-short demo services clean

build:
	$(GO) build -o $(BIN) ./cmd/newsroom

# Modules tested under the race detector, and the two that run without it:
# the fault-injection module tests/ kills and restarts real servers on
# timers and takes several times longer under -race, while the code it
# drives is race-tested here; bench/ scores extraction over ~1,700 pages in
# one goroutine (25 s plain, ~12 min under -race on a busy machine) with
# nothing concurrent to check.
RACE_PKGS   ?= ./pkg/... ./services/crawler/... ./services/extractor/... ./services/sink/... ./cmd/newsroom/...
NORACE_PKGS ?= ./bench/... ./tests/...

## test: start the servers the tests need (Redis, PostgreSQL), vet, then run every module's tests (-race, except bench/ and tests/).
test: services vet
	$(GO) test -race $(TESTFLAGS) $(RACE_PKGS)
	$(GO) test $(TESTFLAGS) $(NORACE_PKGS)

## lint: golangci-lint at a pinned version (go install; a no-op once built) with .golangci.yml.
GOLANGCI_LINT_VERSION ?= v2.15.0
GOBIN ?= $(shell $(GO) env GOPATH)/bin
lint:
	$(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION)
	$(GOBIN)/golangci-lint run $(RACE_PKGS) $(NORACE_PKGS)

test-short: services
	$(GO) test -short $(TESTFLAGS) work

services:
	@./scripts/services.sh

vet:
	$(GO) vet work
	@out=$$(gofmt -l pkg services cmd bench 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## bench: end-to-end pipeline rate beside each stage alone, on the simulated web.
bench: services
	$(GO) test -run '^$$' -bench Pipeline -benchtime 1x -count 1 ./cmd/newsroom | tee bench-report.txt
	cd pkg && $(GO) test -run '^$$' -bench DedupeBatched -benchtime 25x -count 1 ./state/redisstate | tee -a ../bench-report.txt

## bench-dedupe: dedupe decisions per second from one process against the local Redis.
bench-dedupe: services
	cd pkg && $(GO) test -run '^$$' -bench DedupeBatched -benchtime 25x -count 1 ./state/redisstate

## bench-extract: the extractor vs go-trafilatura and go-readability on the public benchmark and both halves of the WCXB dev split.
bench-extract:
	cd bench && $(GO) run ./cmd/bench-extract

## bench-unfamiliar: crawl eighty-two hand-made webs of unfamiliar publishers (949 sites in 80+ languages, aggregators and wires) and score titles, dates, authors, kinds, originals (needs python3).
bench-unfamiliar:
	$(GO) build -o bin/newsroom ./cmd/newsroom
	bench/unfamiliar-web/run.sh $(CURDIR)/bin/newsroom

## bench-scale: 1 vs 2 extractor processes draining one backlog (throughput, CPU, lag curve).
bench-scale: services
	$(GO) test -run '^$$' -bench ExtractorScaling -benchtime 1x -count 1 -v ./cmd/newsroom | tee bench-scale-report.txt

## bench-search: Search latency p50/p95 on 10k and 100k generated stories, SQLite and PostgreSQL (loading 100k takes minutes;
## NEWSROOM_BENCH_SEARCH_CACHE=DIR keeps the loaded databases for the next run). 700 queries: 50 of each of 14 shapes.
bench-search:
	cd pkg && $(GO) test -run '^$$' -bench '^BenchmarkSearch$$' -benchtime 700x -count 1 -timeout 90m -v ./store | grep -v '^=== ' | tee ../bench-search-report.txt

## bench-crawler: crawler heap after 10k and 1M discovered URLs (NATS in a child process; ~4 min).
bench-crawler: services
	$(GO) test -run '^$$' -bench CrawlerMemory -benchtime 1x ./services/crawler

## bench-hostile: newsroom run --until-idle at default settings on the hostile test web: wall time and peak RSS of the pass (~3-4 min).
bench-hostile:
	$(GO) test -run '^$$' -bench HostileWeb -benchtime 1x -count 1 -timeout 40m ./cmd/newsroom | tee bench-hostile-report.txt bench-frontier-report.txt

## bench-ingest: newsroom ingest on a generated 1/8 GiB and 1 GiB WARC (records/s, peak RSS; files deleted after unless NEWSROOM_BENCH_WARC_DIR keeps them; ~3 min).
bench-ingest: services
	$(GO) test -run '^$$' -bench IngestWARC -benchtime 1x -count 1 -timeout 30m ./cmd/newsroom | tee bench-ingest-report.txt

## bench-frontier: one host with 1k, 10k, 100k queued URLs beside 50 small hosts, fixed window, against a
## private redis-server: Redis commands, JetStream deliveries and crawler CPU per fetched page (~8 min).
bench-frontier: services
	$(GO) test -run '^$$' -bench FrontierDepth -benchtime 1x -timeout 60m ./services/crawler | tee bench-frontier-report.txt

## fuzz: run every fuzz target for FUZZTIME each.
fuzz:
	@./scripts/fuzz.sh $(FUZZTIME)

fuzz-short:
	@./scripts/fuzz.sh 5s

demo:
	$(GO) run ./cmd/newsroom demo

clean:
	rm -rf bin newsroom-data bench-report.txt bench-scale-report.txt bench-hostile-report.txt bench-ingest-report.txt bench-frontier-report.txt
