package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNearLinksOnTwoCores fills the links of enough articles for both
// cores (run it with -race) and checks them against one pass in order:
// every pair's sum and best at both ends, none for a pair of no
// similarity.
func TestNearLinksOnTwoCores(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		clump int // articles of one story: each pair within it links
	}{
		{"one worker", 30, 3},
		{"two workers", 3000, 3},
		{"two workers, larger stories", 2500, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := map[[2]int]float64{}
			for i := 0; i < tt.n; i++ {
				for j := i + 1; j < tt.n && j/tt.clump == i/tt.clump; j++ {
					pairs[[2]int{i, j}] = 0.5 + float64(j-i)/100
				}
				if i+tt.clump < tt.n {
					pairs[[2]int{i, i + tt.clump}] = 0 // no similarity: no link
				}
			}
			near := nearLinks(tt.n, pairs)
			want := make([]map[int]linkSum, tt.n)
			for i := range want {
				want[i] = map[int]linkSum{}
			}
			for k, s := range pairs {
				if s > 0 {
					want[k[0]][k[1]] = linkSum{s, s}
					want[k[1]][k[0]] = linkSum{s, s}
				}
			}
			assert.Equal(t, want, near)
			clusters := clusterStories(tt.n, pairs, 0.2)
			assert.Len(t, clusters, (tt.n+tt.clump-1)/tt.clump)
			assert.Equal(t, []int{0, 1, 2}, clusters[0][:3])
		})
	}
}
