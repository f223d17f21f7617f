package bus

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The story stream: what the sink committed, for downstream consumers.
const (
	StreamStories = "NEWSROOM_STORIES"
	// SubjectStories is the subject prefix of story events; each event goes
	// to SubjectStories + "." + SiteKey(site).
	SubjectStories = "newsroom.stories.v1"
)

// Story event types.
const (
	// EventCreated: a story was seen for the first time; the event carries
	// its chosen copy.
	EventCreated = "created"
	// EventUpdated: a better copy took the story over (Version grew); the
	// event carries the new chosen copy.
	EventUpdated = "updated"
	// EventAliasAdded: one more URL where a known story was seen.
	EventAliasAdded = "alias_added"
)

// StoryEvent is a message on the story stream: an article message the sink
// has committed, with what happened to the story. Its JSON is the article's
// fields (see Article) plus "type" and "committed_at", so replaying the
// stream in order through a store's Apply rebuilds the same stories.
type StoryEvent struct {
	Type        string    `json:"type"`         // EventCreated, EventUpdated or EventAliasAdded
	CommittedAt time.Time `json:"committed_at"` // when the sink's transaction committed
	Article
}

// NewStoryEvent describes a committed article message.
func NewStoryEvent(a Article, committed time.Time) StoryEvent {
	typ := EventAliasAdded
	if a.Op == OpStory {
		// The dedupe decision names the tier that matched a known story; a
		// new story matched nothing.
		typ = EventCreated
		if a.Tier != "" {
			typ = EventUpdated
		}
	}
	return StoryEvent{Type: typ, CommittedAt: committed.UTC(), Article: a}
}

// SiteKey turns a host into one subject token: lower case, dots replaced by
// underscores, and anything other than letters, digits, '-' and '_' replaced
// by '_'. An empty host becomes "_". Subscribe to one site with
// newsroom.stories.v1.www_example_com, to every site with newsroom.stories.v1.>.
func SiteKey(host string) string {
	if host == "" {
		return "_"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// StoryEventMsgID is the Nats-Msg-Id of a story event: the event type and the
// article message's own id, so a redelivered article publishes nothing new
// within the duplicate window.
func StoryEventMsgID(e *StoryEvent) string {
	return "s:" + e.Type + ":" + ArticleMsgID(&e.Article)
}

// EncodeStoryEvent builds the story-stream message of an event.
func EncodeStoryEvent(e *StoryEvent) (*nats.Msg, error) {
	e.V = Version
	return jsonMsg(SubjectStories+"."+SiteKey(e.Site), StoryEventMsgID(e), e)
}

// DecodeStoryEvent parses a story-stream message.
func DecodeStoryEvent(h nats.Header, data []byte) (*StoryEvent, error) {
	if err := checkVersion(h, data); err != nil {
		return nil, err
	}
	var e StoryEvent
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("%w: story event: %w", ErrBadMessage, err)
	}
	switch e.Type {
	case EventCreated, EventUpdated, EventAliasAdded:
	default:
		return nil, fmt.Errorf("%w: story event type %q", ErrBadMessage, e.Type)
	}
	return &e, nil
}

// StoriesOptions bound the story stream. It keeps events for MaxAge and drops
// the oldest beyond MaxBytes (limits retention: consumers read at their own
// pace and never hold the sink up).
type StoriesOptions struct {
	MaxAge          time.Duration // default 7 days
	MaxBytes        int64         // default 4 GiB
	Replicas        int           // default 1
	DuplicateWindow time.Duration // default 10m
	Memory          bool          // memory storage (tests)
}

// Story stream defaults.
const (
	DefaultStoriesMaxAge   = 7 * 24 * time.Hour
	DefaultStoriesMaxBytes = 4 << 30
)

// StoriesStreamConfig returns the story stream's configuration.
func StoriesStreamConfig(o StoriesOptions) jetstream.StreamConfig {
	if o.MaxAge <= 0 {
		o.MaxAge = DefaultStoriesMaxAge
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultStoriesMaxBytes
	}
	if o.Replicas < 1 {
		o.Replicas = 1
	}
	if o.DuplicateWindow <= 0 {
		o.DuplicateWindow = 10 * time.Minute
	}
	if o.DuplicateWindow > o.MaxAge {
		o.DuplicateWindow = o.MaxAge
	}
	st := jetstream.FileStorage
	if o.Memory {
		st = jetstream.MemoryStorage
	}
	return jetstream.StreamConfig{Name: StreamStories, Subjects: []string{SubjectStories + ".>"},
		Retention: jetstream.LimitsPolicy, Discard: jetstream.DiscardOld, MaxAge: o.MaxAge, MaxBytes: o.MaxBytes,
		Storage: st, Replicas: o.Replicas, Duplicates: o.DuplicateWindow,
		Description: "committed story events (created, updated, alias_added) for downstream consumers"}
}

// StreamUpdater is the one stream-management call EnsureStories makes; a
// jetstream.JetStream satisfies it.
type StreamUpdater interface {
	CreateOrUpdateStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error)
}

// EnsureStories creates or updates the story stream. The sink, its only
// publisher, calls it at start-up, so its retention is the sink's setting.
func EnsureStories(ctx context.Context, js StreamUpdater, o StoriesOptions) error {
	if _, err := js.CreateOrUpdateStream(ctx, StoriesStreamConfig(o)); err != nil {
		return fmt.Errorf("ensure stream %s: %w", StreamStories, err)
	}
	return nil
}
