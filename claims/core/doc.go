// Package core holds the types every pass of package claims shares: the
// article, its sentences, their figures and intervals, and the errors of
// reading. Package claims re-exports each of them under the same name, so
// that users of the library see one package; the subpackages of claims
// import core, never claims, so that claims can call them.
package core
