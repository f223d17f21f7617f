package links

import (
	"net/url"

	"newsroom.dev/pkg/urlnorm"
)

func urlnormResolve(base *url.URL, href string) (string, error) {
	return urlnorm.New(urlnorm.Options{}).Resolve(base, href)
}
