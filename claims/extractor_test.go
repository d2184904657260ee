package claims

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractOptions(t *testing.T) {
	assert.Equal(t, ExtractOptions{Tolerance: 0.1, Language: "en"}, DefaultExtractOptions())
	require.NoError(t, DefaultExtractOptions().Validate())
	for _, o := range []ExtractOptions{
		{Tolerance: -0.1}, {Tolerance: 1}, {Tolerance: math.NaN()},
		{Tolerance: 0.1, NearlyLower: -1}, {Tolerance: 0.1, NearlyLower: 1},
		{Tolerance: 0.1, Language: "xx"},
	} {
		require.Error(t, o.Validate(), "%+v", o)
		_, err := NewExtractor(o)
		require.Error(t, err)
	}
}
