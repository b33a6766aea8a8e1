using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Seaworthy.Text;

/// <summary>What a path names, as <c>stat</c> tells it.</summary>
internal enum FileEntryType
{
    /// <summary>Nothing: the path does not exist (or a link in it points nowhere).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO (named pipe): opening it for reading waits for a writer, forever if none comes.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>, <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
}

/// <summary>
/// Asks the file system what a path is without opening it: the BCL tells a folder from a file but not a FIFO or a
/// device from a regular file, and opening a FIFO to find out blocks. On Unix this calls the runtime's own native
/// shim (libSystem.Native, part of every .NET runtime and statically linked into NativeAOT builds), whose
/// <c>FileStatus</c> has begun with the same two fields (flags, mode) since .NET Core 1.0; the buffer is larger than
/// the whole structure, so fields the runtime adds later do no harm. Windows has no FIFOs or devices in its file
/// system: there the BCL's answer is used.
/// </summary>
internal static class FileSystemProbe
{
    private const string SystemNative = "libSystem.Native";

    // The shim's own file-type bits (pal_io.h), the same on every Unix.
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacterDevice = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlockDevice = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeSymbolicLink = 0xA000;
    private const int TypeSocket = 0xC000;

    // errno values that mean "no such file", the same on Linux, macOS and the BSDs.
    private const int NoEntry = 2;
    private const int NotDirectory = 20;

    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>What <paramref name="path"/> is; links are followed unless <paramref name="followLinks"/> is false.</summary>
    /// <exception cref="IOException">The path cannot be examined (a loop of links, a folder that cannot be searched).</exception>
    public static FileEntryType TypeOf(string path, bool followLinks)
    {
        if (IsWindows)
        {
            return ManagedTypeOf(path, followLinks);
        }

        var status = default(FileStatus);
        var result = followLinks ? Stat(NativePath(path), out status) : LStat(NativePath(path), out status);
        if (result != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            return errno is NoEntry or NotDirectory ? FileEntryType.Missing : throw new IOException(new Win32Exception(errno).Message);
        }

        return (status.Mode & TypeMask) switch
        {
            TypeRegular => FileEntryType.RegularFile,
            TypeDirectory => FileEntryType.Directory,
            TypeFifo => FileEntryType.Fifo,
            TypeCharacterDevice => FileEntryType.CharacterDevice,
            TypeBlockDevice => FileEntryType.BlockDevice,
            TypeSocket => FileEntryType.Socket,
            TypeSymbolicLink => FileEntryType.SymbolicLink,
            _ => FileEntryType.CharacterDevice,
        };
    }

    /// <summary>The target of the symbolic link <paramref name="path"/>, as written in the link; null when it is not a link.</summary>
    public static string? ReadLink(string path)
    {
        if (IsWindows)
        {
#if NET
            return new FileInfo(path).LinkTarget;
#else
            return null;
#endif
        }

        var buffer = new byte[256];
        while (true)
        {
            var length = ReadLink(NativePath(path), buffer, buffer.Length);
            if (length < 0)
            {
                return null;
            }

            if (length < buffer.Length)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }

            buffer = new byte[buffer.Length * 2];
        }
    }

    /// <summary>A short description of a file type for messages: "a FIFO (named pipe)", "a character device".</summary>
    public static string Describe(FileEntryType type) => type switch
    {
        FileEntryType.Directory => "a folder",
        FileEntryType.Fifo => "a FIFO (named pipe)",
        FileEntryType.CharacterDevice => "a character device",
        FileEntryType.BlockDevice => "a block device",
        FileEntryType.Socket => "a socket",
        FileEntryType.SymbolicLink => "a symbolic link",
        FileEntryType.Missing => "missing",
        _ => "a regular file",
    };

    private static FileEntryType ManagedTypeOf(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return System.IO.Directory.Exists(path) ? FileEntryType.Directory : FileEntryType.Missing;
        }

        var attributes = info.Attributes;
        return (attributes & FileAttributes.ReparsePoint) != 0 && !followLinks ? FileEntryType.SymbolicLink
            : (attributes & FileAttributes.Device) != 0 ? FileEntryType.CharacterDevice
            : FileEntryType.RegularFile;
    }

    // The path as the shim takes it: UTF-8, NUL-terminated (passed as bytes: netstandard2.0 has no UTF-8 string marshalling).
    private static byte[] NativePath(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    [DllImport(SystemNative, EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat(byte[] path, out FileStatus status);

    [DllImport(SystemNative, EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat(byte[] path, out FileStatus status);

    [DllImport(SystemNative, EntryPoint = "SystemNative_ReadLink", SetLastError = true)]
    private static extern int ReadLink(byte[] path, byte[] buffer, int bufferSize);

    // Flags and mode; the rest of the native structure (about 120 bytes today) lands in the padding.
    [StructLayout(LayoutKind.Explicit, Size = 512)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;
    }
}
