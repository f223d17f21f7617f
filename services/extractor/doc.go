// Package extractor is newsroom's extraction stage. It pulls fetched pages,
// decodes and classifies them, extracts articles (title, authors, dates,
// language, body), decides in one atomic state-store call whether each is a
// new story, another URL of a known story, or a better copy of one, and
// publishes the outcome to the articles stream.
package extractor
