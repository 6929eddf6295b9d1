#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Device and inode of a file: how "the same file named twice" is recognised,
/// whatever the spelling (`a.jsonl`, `./a.jsonl`, a symlink, a glob that matches it again).
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
