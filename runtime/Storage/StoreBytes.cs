using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Corpus.Storage;

/// <summary>
/// The bytes of a store: the assembly's mapped image when the store is an embedded resource (nothing is copied), or
/// an array.
/// </summary>
internal sealed unsafe class StoreBytes
{
    private readonly byte* _pointer;
    private readonly byte[]? _array;

    // Held so that the memory behind the pointer lives as long as this object: an assembly in a collectible load
    // context is not unloaded while one of its objects is reachable.
    private readonly object? _owner;

    private StoreBytes(byte* pointer, int length, object owner)
    {
        _pointer = pointer;
        Length = length;
        _owner = owner;
    }

    private StoreBytes(byte[] array)
    {
        _array = array;
        Length = array.Length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array is not null ? _array : new ReadOnlySpan<byte>(_pointer, Length);

    public static StoreBytes FromArray(byte[] array) => new(array);

    /// <summary>
    /// The string whose UTF-16 code units, little-endian, are the <paramref name="length"/> bytes at
    /// <paramref name="start"/>: one copy, with nothing to decode.
    /// </summary>
    public string Utf16(int start, int length)
    {
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start) || length % 2 != 0)
        {
            throw StoreReader.Corrupt("a title is not as long as the store says");
        }

        if (length == 0)
        {
            return string.Empty;
        }

        var bytes = Span.Slice(start, length);
        return BitConverter.IsLittleEndian ? new string(MemoryMarshal.Cast<byte, char>(bytes)) : Encoding.Unicode.GetString(bytes);
    }

    /// <summary>The store embedded in <paramref name="assembly"/>, or <see langword="null"/> when it holds none.</summary>
    public static StoreBytes? FromResource(Assembly assembly)
    {
        var stream = assembly.GetManifestResourceStream(StoreLayout.ResourceName);
        if (stream is null)
        {
            return null;
        }

        if (stream.Length > StoreLayout.MaxLength)
        {
            throw StoreReader.Corrupt("it is larger than a store can be");
        }

        if (stream is UnmanagedMemoryStream unmanaged)
        {
            // The resource lies in the assembly's image, mapped for as long as the assembly is loaded.
            return new StoreBytes(unmanaged.PositionPointer, (int)unmanaged.Length, new object[] { assembly, unmanaged });
        }

        using (stream)
        {
            var array = new byte[stream.Length];
            stream.ReadExactly(array);
            return new StoreBytes(array);
        }
    }
}
