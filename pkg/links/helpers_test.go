package links

import (
	"net/url"

	"newsroom.dev/pkg/urlnorm"
)

func urlnormResolve(base *url.URL, href string) (string, error) { return urlnorm.Resolve(base, href) }
