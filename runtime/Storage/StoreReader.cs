using System;
using System.Text;

namespace Corpus.Storage;

/// <summary>Reads integers and text, as <see cref="StoreLayout"/> writes them, from a span of a store.</summary>
internal ref struct StoreReader
{
    private readonly ReadOnlySpan<byte> _bytes;

    public StoreReader(ReadOnlySpan<byte> bytes, int position = 0)
    {
        _bytes = bytes;
        Position = position;
    }

    public int Position { get; private set; }

    public int Integer()
    {
        var position = Position;
        if (!StoreLayout.TryReadInteger(_bytes, ref position, out var value))
        {
            throw Corrupt("a byte that is no digit, or too many digits, stands where an integer should");
        }

        Position = position;
        return value;
    }

    public string Text() => Utf8(Integer());

    public string? OptionalText()
    {
        var length = Integer();
        return length == 0 ? null : Utf8(length - 1);
    }

    public Uri? OptionalUri() =>
        OptionalText() is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    public void Skip(int count) => Position += count;

    private string Utf8(int length)
    {
        var text = length == 0 ? string.Empty : Encoding.UTF8.GetString(_bytes.Slice(Position, length));
        Position += length;
        return text;
    }

    public static InvalidOperationException Corrupt(string what) =>
        new($"The corpus store is damaged: {what}. Rebuild the project; if it persists, report it.");
}
