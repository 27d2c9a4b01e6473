namespace Corpus.Storage;

/// <summary>
/// The layout of a corpus store: the bytes that hold every article's metadata and body. The build writes it (as the
/// embedded resource <see cref="ResourceName"/>, or as UTF-8 literals in generated code) and the runtime reads it.
/// This file is compiled into both the writer and the reader, so the two share one definition.
/// </summary>
/// <remarks>
/// <para>
/// Every byte of a store is valid UTF-8, so the same bytes can also be written as a <c>"…"u8</c> literal: integers
/// are written in base 32 with one printable ASCII byte per digit, and text as UTF-8.
/// </para>
/// <code>
/// store   = Magic, count, offset × (count + 1), record × count
/// offset  = OffsetDigits fixed-width digits: where a record starts, counted from the first record
/// record  = length of metadata, metadata, body (UTF-8, paragraphs joined by "\n\n", up to the next offset)
/// metadata = title, source path, format, authors, published, dateline, publisher, original url, credits, images,
///            tags, front-matter metadata, word count, language, removed texts (in this order)
/// integer = little-endian base-32 digits: MoreDigit + d while more follow, then LastDigit + d
/// text    = integer byte length, UTF-8 bytes;  optional text = integer (length + 1) or 0 for none
/// list    = integer count, items
/// date    = integer 0 for none, else 1 + (year × 16 + month) × 32 + day
/// </code>
/// The title comes first so that it can be read alone: listing titles decodes nothing else.
/// </remarks>
internal static class StoreLayout
{
    /// <summary>The logical name of the embedded resource that holds an assembly's store.</summary>
    public const string ResourceName = "Corpus.Store";

    /// <summary>The first bytes of every store, with the layout's version.</summary>
    public const string Magic = "CorpusStore/1\n";

    /// <summary>A digit that another digit follows: <c>MoreDigit + d</c>, <c>0x60…0x7F</c>.</summary>
    public const byte MoreDigit = 0x60;

    /// <summary>An integer's last digit: <c>LastDigit + d</c>, <c>0x40…0x5F</c>.</summary>
    public const byte LastDigit = 0x40;

    public const int DigitBits = 5;

    public const int DigitMask = (1 << DigitBits) - 1;

    /// <summary>Every offset is written with this many digits, so that the offset table can be indexed directly.</summary>
    public const int OffsetDigits = 6;

    /// <summary>The largest store: what <see cref="OffsetDigits"/> digits can address (1 GiB − 1 byte).</summary>
    public const int MaxLength = (1 << (DigitBits * OffsetDigits)) - 1;

    /// <summary>The separator between paragraphs in a body.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>The length of the header before the offset table for a store of <paramref name="count"/> records.</summary>
    public static int OffsetTableStart(int count) => Magic.Length + IntegerLength(count);

    /// <summary>Where the first record starts.</summary>
    public static int DataStart(int count) => OffsetTableStart(count) + (count + 1) * OffsetDigits;

    /// <summary>How many digits <paramref name="value"/> takes.</summary>
    public static int IntegerLength(int value)
    {
        var length = 1;
        for (var rest = (uint)value >> DigitBits; rest != 0; rest >>= DigitBits)
        {
            length++;
        }

        return length;
    }

    /// <summary>A date as one integer: 0 for none.</summary>
    public static int PackDate(int year, int month, int day) => 1 + (((year * 16) + month) * 32) + day;

    public static (int Year, int Month, int Day) UnpackDate(int packed)
    {
        var value = packed - 1;
        return (value / 512, (value / 32) % 16, value % 32);
    }
}
