package sanitize

import "bytes"

// JSON returns the encoded JSON (or JSON Lines) data with every "##[" made
// "#\u0023[": the same JSON value, in which no runner finds the legacy
// workflow command form ("##[...]", honoured anywhere in a line), however
// the strings in it were forged. JSON's syntax holds no "#" outside its
// strings, so the change is always inside one. Data without "##[" is
// returned as it is.
func JSON(data []byte) []byte {
	if !bytes.Contains(data, legacy) {
		return data
	}
	return bytes.ReplaceAll(data, legacy, []byte(`#\u0023[`))
}

var legacy = []byte("##[")
