package admin

// APIPatterns lists the mux patterns of the API's data routes.
func APIPatterns() []string {
	var out []string
	for _, rt := range (&Server{}).apiRoutes() {
		out = append(out, rt.pattern)
	}
	return out
}
