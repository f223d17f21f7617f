package bus

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Namespace gives one crawl its own stream, consumer, subject and bucket
// names, so that several crawls share one NATS account without seeing each
// other's work. The zero Namespace uses the plain names (NEWSROOM_FRONTIER,
// newsroom.frontier.v1, ...). With prefix "blue" they become
// blue_NEWSROOM_FRONTIER, consumer blue_crawler, subject
// blue.newsroom.frontier.v1 and bucket blue-newsroom-bodies.
type Namespace struct {
	prefix string
}

var prefixRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$`)

// NewNamespace validates prefix: empty, or up to 32 letters, digits, '_'
// and '-' (characters every kind of JetStream name accepts), starting with a
// letter or digit.
func NewNamespace(prefix string) (Namespace, error) {
	if prefix != "" && !prefixRE.MatchString(prefix) {
		return Namespace{}, fmt.Errorf("bus prefix %q: want up to 32 letters, digits, '_' or '-', starting with a letter or digit", prefix)
	}
	return Namespace{prefix: prefix}, nil
}

// Prefix is the namespace's prefix ("" for the plain names).
func (n Namespace) Prefix() string { return n.prefix }

// Stream is the name of a stream in this namespace.
func (n Namespace) Stream(name string) string { return n.join(name, "_") }

// Consumer is the name of a durable consumer in this namespace.
func (n Namespace) Consumer(name string) string { return n.join(name, "_") }

// Bucket is the name of an object store or key-value bucket in this namespace.
func (n Namespace) Bucket(name string) string { return n.join(name, "-") }

// Subject is a subject (or a filter with wildcards) in this namespace.
func (n Namespace) Subject(subject string) string { return n.join(subject, ".") }

func (n Namespace) join(name, sep string) string {
	if n.prefix == "" || name == "" {
		return name
	}
	return n.prefix + sep + name
}

// JetStream returns js seen through the namespace: the stream, consumer,
// bucket and subject names its callers pass are the plain ones, and the
// server sees the namespaced ones. Publishing, stream, consumer and object store
// calls are translated, key-value calls are refused; listing calls (ListStreams,
// StreamNames, AccountInfo) and push consumers pass through and show the
// server's real names. The zero Namespace returns js itself.
func (n Namespace) JetStream(js jetstream.JetStream) jetstream.JetStream {
	if n.prefix == "" {
		return js
	}
	return &nsJetStream{JetStream: js, ns: n}
}

// nsJetStream translates names on the way to the server.
type nsJetStream struct {
	jetstream.JetStream
	ns Namespace
}

func (j *nsJetStream) msg(m *nats.Msg) *nats.Msg {
	out := nats.NewMsg(j.ns.Subject(m.Subject))
	out.Reply, out.Header, out.Data = m.Reply, m.Header, m.Data
	return out
}

func (j *nsJetStream) streamConfig(cfg jetstream.StreamConfig) jetstream.StreamConfig {
	cfg.Name = j.ns.Stream(cfg.Name)
	subs := make([]string, len(cfg.Subjects))
	for i, s := range cfg.Subjects {
		subs[i] = j.ns.Subject(s)
	}
	cfg.Subjects = subs
	return cfg
}

func (j *nsJetStream) consumerConfig(cfg jetstream.ConsumerConfig) jetstream.ConsumerConfig {
	cfg.Durable = j.ns.Consumer(cfg.Durable)
	if cfg.Name != "" {
		cfg.Name = j.ns.Consumer(cfg.Name)
	}
	cfg.FilterSubject = j.ns.Subject(cfg.FilterSubject)
	if len(cfg.FilterSubjects) > 0 {
		fs := make([]string, len(cfg.FilterSubjects))
		for i, s := range cfg.FilterSubjects {
			fs[i] = j.ns.Subject(s)
		}
		cfg.FilterSubjects = fs
	}
	return cfg
}

func (j *nsJetStream) Publish(ctx context.Context, subject string, payload []byte, opts ...jetstream.PublishOpt) (*jetstream.PubAck, error) {
	return j.JetStream.Publish(ctx, j.ns.Subject(subject), payload, opts...)
}

func (j *nsJetStream) PublishMsg(ctx context.Context, m *nats.Msg, opts ...jetstream.PublishOpt) (*jetstream.PubAck, error) {
	return j.JetStream.PublishMsg(ctx, j.msg(m), opts...)
}

func (j *nsJetStream) PublishAsync(subject string, payload []byte, opts ...jetstream.PublishOpt) (jetstream.PubAckFuture, error) {
	return j.JetStream.PublishAsync(j.ns.Subject(subject), payload, opts...)
}

func (j *nsJetStream) PublishMsgAsync(m *nats.Msg, opts ...jetstream.PublishOpt) (jetstream.PubAckFuture, error) {
	return j.JetStream.PublishMsgAsync(j.msg(m), opts...)
}

func (j *nsJetStream) CreateStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	return j.JetStream.CreateStream(ctx, j.streamConfig(cfg))
}

func (j *nsJetStream) UpdateStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	return j.JetStream.UpdateStream(ctx, j.streamConfig(cfg))
}

func (j *nsJetStream) CreateOrUpdateStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	return j.JetStream.CreateOrUpdateStream(ctx, j.streamConfig(cfg))
}

func (j *nsJetStream) Stream(ctx context.Context, stream string) (jetstream.Stream, error) {
	return j.JetStream.Stream(ctx, j.ns.Stream(stream))
}

func (j *nsJetStream) StreamNameBySubject(ctx context.Context, subject string) (string, error) {
	return j.JetStream.StreamNameBySubject(ctx, j.ns.Subject(subject))
}

func (j *nsJetStream) DeleteStream(ctx context.Context, stream string) error {
	return j.JetStream.DeleteStream(ctx, j.ns.Stream(stream))
}

func (j *nsJetStream) CreateOrUpdateConsumer(ctx context.Context, stream string, cfg jetstream.ConsumerConfig) (jetstream.Consumer, error) {
	return j.JetStream.CreateOrUpdateConsumer(ctx, j.ns.Stream(stream), j.consumerConfig(cfg))
}

func (j *nsJetStream) CreateConsumer(ctx context.Context, stream string, cfg jetstream.ConsumerConfig) (jetstream.Consumer, error) {
	return j.JetStream.CreateConsumer(ctx, j.ns.Stream(stream), j.consumerConfig(cfg))
}

func (j *nsJetStream) UpdateConsumer(ctx context.Context, stream string, cfg jetstream.ConsumerConfig) (jetstream.Consumer, error) {
	return j.JetStream.UpdateConsumer(ctx, j.ns.Stream(stream), j.consumerConfig(cfg))
}

func (j *nsJetStream) OrderedConsumer(ctx context.Context, stream string, cfg jetstream.OrderedConsumerConfig) (jetstream.Consumer, error) {
	fs := make([]string, len(cfg.FilterSubjects))
	for i, s := range cfg.FilterSubjects {
		fs[i] = j.ns.Subject(s)
	}
	cfg.FilterSubjects = fs
	return j.JetStream.OrderedConsumer(ctx, j.ns.Stream(stream), cfg)
}

func (j *nsJetStream) Consumer(ctx context.Context, stream, consumer string) (jetstream.Consumer, error) {
	return j.JetStream.Consumer(ctx, j.ns.Stream(stream), j.ns.Consumer(consumer))
}

func (j *nsJetStream) DeleteConsumer(ctx context.Context, stream, consumer string) error {
	return j.JetStream.DeleteConsumer(ctx, j.ns.Stream(stream), j.ns.Consumer(consumer))
}

func (j *nsJetStream) PauseConsumer(ctx context.Context, stream, consumer string, until time.Time) (*jetstream.ConsumerPauseResponse, error) {
	return j.JetStream.PauseConsumer(ctx, j.ns.Stream(stream), j.ns.Consumer(consumer), until)
}

func (j *nsJetStream) ResumeConsumer(ctx context.Context, stream, consumer string) (*jetstream.ConsumerPauseResponse, error) {
	return j.JetStream.ResumeConsumer(ctx, j.ns.Stream(stream), j.ns.Consumer(consumer))
}

func (j *nsJetStream) ObjectStore(ctx context.Context, bucket string) (jetstream.ObjectStore, error) {
	return j.JetStream.ObjectStore(ctx, j.ns.Bucket(bucket))
}

func (j *nsJetStream) CreateObjectStore(ctx context.Context, cfg jetstream.ObjectStoreConfig) (jetstream.ObjectStore, error) {
	cfg.Bucket = j.ns.Bucket(cfg.Bucket)
	return j.JetStream.CreateObjectStore(ctx, cfg)
}

func (j *nsJetStream) CreateOrUpdateObjectStore(ctx context.Context, cfg jetstream.ObjectStoreConfig) (jetstream.ObjectStore, error) {
	cfg.Bucket = j.ns.Bucket(cfg.Bucket)
	return j.JetStream.CreateOrUpdateObjectStore(ctx, cfg)
}

func (j *nsJetStream) UpdateObjectStore(ctx context.Context, cfg jetstream.ObjectStoreConfig) (jetstream.ObjectStore, error) {
	cfg.Bucket = j.ns.Bucket(cfg.Bucket)
	return j.JetStream.UpdateObjectStore(ctx, cfg)
}

func (j *nsJetStream) DeleteObjectStore(ctx context.Context, bucket string) error {
	return j.JetStream.DeleteObjectStore(ctx, j.ns.Bucket(bucket))
}

// errKeyValue refuses key-value calls through a namespace: newsroom keeps
// no state in JetStream key-value buckets, and passing such a call through
// would reach the plain, shared bucket name.
var errKeyValue = errors.New("bus: key-value buckets are not available through a namespace (newsroom does not use them)")

func (j *nsJetStream) KeyValue(context.Context, string) (jetstream.KeyValue, error) {
	return nil, errKeyValue
}

func (j *nsJetStream) CreateKeyValue(context.Context, jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	return nil, errKeyValue
}

func (j *nsJetStream) CreateOrUpdateKeyValue(context.Context, jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	return nil, errKeyValue
}

func (j *nsJetStream) UpdateKeyValue(context.Context, jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	return nil, errKeyValue
}

func (j *nsJetStream) DeleteKeyValue(context.Context, string) error { return errKeyValue }
