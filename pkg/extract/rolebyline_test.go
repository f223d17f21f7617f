package extract

import "testing"

func TestNameBeforeRole(t *testing.T) {
	for line, want := range map[string]string{
		"Jane Doe, Staff Writer":             "Jane Doe",
		"Jane Doe – Political Correspondent": "Jane Doe",
		"Иван Петров, корреспондент":         "Иван Петров",
		"Anna Schmidt, Redakteurin":          "Anna Schmidt",
		"Paris, France":                      "", // no job after the comma
		"Staff Writer, Senior Editor":        "", // two jobs, no name
		"Jane Doe":                           "", // a name alone
		"Acme News, Staff Writer":            "", // an organisation
		"the mayor, a former editor":         "", // not a name
		"The council approved the budget on Monday after a long debate, officials and the chief editor said": "",
	} {
		if got := nameBeforeRole(line); got != want {
			t.Errorf("nameBeforeRole(%q) = %q, want %q", line, got, want)
		}
	}
}
