// Package bus names newsroom's JetStream streams, subjects and consumers, defines
// the versioned messages the services exchange, and provides the publish and
// consume helpers every stage uses (message IDs on every publish, ack only after
// the output is durable, dead-lettering of poison messages).
package bus
