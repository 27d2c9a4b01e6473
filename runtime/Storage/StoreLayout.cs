using System;

namespace Corpus.Storage;

/// <summary>
/// The layout of a corpus store: the bytes that hold every article's metadata and body. The build writes it (as the
/// embedded resource <see cref="ResourceName"/>, or as UTF-8 literals in generated code) and the runtime reads it.
/// This file is compiled into both the writer and the reader, so the two share one definition.
/// </summary>
/// <remarks>
/// <para>
/// Integers are written in base 32 with one printable ASCII byte per digit, text as UTF-8, and titles as UTF-16:
/// </para>
/// <code>
/// store    = Magic, count, title offset × (count + 1), record offset × (count + 1), titles, record × count
/// offset   = OffsetDigits fixed-width digits: where a title (a record) starts, in bytes from the first title (record);
///            the last one is the length of all titles (records)
/// titles   = every title's UTF-16 code units, little-endian, one after another: title i is the bytes between offsets
///            i and i + 1
/// record   = length of metadata, metadata, body (UTF-8, paragraphs joined by "\n\n", up to the next offset)
/// metadata = source path, format, authors, published, dateline, publisher, original url, credits, images, tags,
///            front-matter metadata, word count, language, removed texts (in this order)
/// integer  = little-endian base-32 digits: MoreDigit + d while more follow, then LastDigit + d
/// text     = integer byte length, UTF-8 bytes;  optional text = integer (length + 1) or 0 for none
/// list     = integer count, items
/// date     = integer 0 for none, else 1 + (year × 16 + month) × 32 + day
/// </code>
/// <para>
/// The titles lie together, apart from the records, so that listing every title reads one short stretch of memory
/// instead of the start of every record, each on a page of its own; and they are UTF-16, the form of a .NET string,
/// so that making a title's string is one copy, with nothing to decode. The writer is handed each article as one run
/// of bytes, its title then its record, and moves the title into place: an article's bytes, their hash and the
/// store's size are the same whichever section holds them.
/// </para>
/// <para>
/// Every byte but the titles' is valid UTF-8. A store written as <c>"…"u8</c> literals (<c>CorpusStorage=Inline</c>)
/// must be valid UTF-8 throughout, so there its titles are written as UTF-8 and turned back into UTF-16 when the store
/// is opened: the store's UTF-8 form, which differs from the store in nothing else.
/// </para>
/// </remarks>
internal static class StoreLayout
{
    /// <summary>The logical name of the embedded resource that holds an assembly's store.</summary>
    public const string ResourceName = "Corpus.Store";

    /// <summary>The first bytes of every store, with the layout's version.</summary>
    public const string Magic = "CorpusStore/3\n";

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

    /// <summary>Where the record offset table starts, after the title offset table.</summary>
    public static int RecordOffsetTableStart(int count) => OffsetTableStart(count) + OffsetTableLength(count);

    /// <summary>Where the first title starts; the first record follows the last title.</summary>
    public static int DataStart(int count) => RecordOffsetTableStart(count) + OffsetTableLength(count);

    private static int OffsetTableLength(int count) => (count + 1) * OffsetDigits;

    /// <summary>
    /// Reads the integer that starts at <paramref name="position"/> and moves past it; <see langword="false"/> when the
    /// bytes there are not one (a byte that is no digit, more digits than 31 bits take, or the end of the bytes).
    /// </summary>
    public static bool TryReadInteger(ReadOnlySpan<byte> bytes, ref int position, out int value)
    {
        value = 0;
        for (var shift = 0; shift <= 30 && position < bytes.Length; shift += DigitBits)
        {
            var digit = bytes[position++];
            if (digit >= MoreDigit)
            {
                value |= (digit - MoreDigit) << shift;
            }
            else if (digit >= LastDigit)
            {
                value |= (digit - LastDigit) << shift;
                return value >= 0;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Offset <paramref name="index"/> of the offset table that starts at <paramref name="table"/>.</summary>
    public static int ReadOffset(ReadOnlySpan<byte> bytes, int table, int index)
    {
        var position = table + (index * OffsetDigits);
        var value = 0;
        for (var i = OffsetDigits - 1; i >= 0; i--)
        {
            value = (value << DigitBits) | (bytes[position + i] & DigitMask);
        }

        return value;
    }

    /// <summary>Whether <paramref name="bytes"/> start with <see cref="Magic"/>: a store of this layout.</summary>
    public static bool StartsWithMagic(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length)
        {
            return false;
        }

        for (var i = 0; i < Magic.Length; i++)
        {
            if (bytes[i] != Magic[i])
            {
                return false;
            }
        }

        return true;
    }

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
