package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func TestUnitsAgree(t *testing.T) {
	it := func(unit string) *item { return &item{fig: &claims.Figure{Unit: unit}} }
	cases := []struct {
		a, b *item
		want bool
	}{
		{it(""), it(""), true},
		{it("%"), it("%"), true},
		{it("mi"), it("km"), true},
		{it("USD"), it("EUR"), false},
		{it("km"), it("kg"), false},
		{it(""), it("km"), false},
		{&item{}, it("km"), true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, unitsAgree(c.a, c.b), "case %+v", c)
	}
}
