//go:build !unix

package output

// checkOwnFolders has no owners to compare where the system has no Unix
// permissions: the folder's ACLs are the user's and Windows's to keep.
func checkOwnFolders(string, bool) error { return nil }
