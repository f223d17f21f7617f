package extract

import "strings"

// roleBylineLines is how many of the body's first lines may hold an
// unlabelled byline.
const roleBylineLines = 3

// roleByline reads an unlabelled byline that gives the writer's job after
// the name, as a line of its own at the top of the body: "Jane Doe, Staff
// Writer", "Jane Doe – Political Correspondent", "Иван Петров,
// корреспондент". The job (isRole) is what marks the line as a byline; a
// name alone, or a name and anything else ("Paris, France"), is not one.
func (p *page) roleByline() []string {
	lines := strings.SplitN(p.res.Text, "\n", roleBylineLines+1)
	for i, line := range lines {
		if i == roleBylineLines {
			break
		}
		if a := nameBeforeRole(strings.TrimSpace(line)); a != "" {
			return []string{a}
		}
	}
	return nil
}

// nameBeforeRole returns the name of a "name, job" line, or "".
func nameBeforeRole(line string) string {
	if line == "" || len(strings.Fields(line)) > 9 {
		return ""
	}
	for _, sep := range []string{", ", " – ", " — ", " - ", " | "} {
		name, role, ok := strings.Cut(line, sep)
		if !ok || !isRole(role) {
			continue
		}
		if !looksLikeName(name) || isOrg(name) || isRole(name) {
			return ""
		}
		if a := cleanAuthors([]string{name}); len(a) == 1 {
			return a[0]
		}
		return ""
	}
	return ""
}
