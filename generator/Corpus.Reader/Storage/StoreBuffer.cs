using System;
using System.Text;
using Corpus.Storage;

namespace Corpus.Reading.Storage;

/// <summary>A growable byte buffer that writes integers and text as <see cref="StoreLayout"/> defines them.</summary>
internal sealed class StoreBuffer
{
    private byte[] _bytes;

    public StoreBuffer(int capacity = 256) => _bytes = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public void Integer(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only non-negative integers are stored.");
        }

        var rest = (uint)value;
        while (rest > StoreLayout.DigitMask)
        {
            Byte((byte)(StoreLayout.MoreDigit + (rest & StoreLayout.DigitMask)));
            rest >>= StoreLayout.DigitBits;
        }

        Byte((byte)(StoreLayout.LastDigit + rest));
    }

    /// <summary>An offset in exactly <see cref="StoreLayout.OffsetDigits"/> digits, the last one marked as such.</summary>
    public void Offset(int value)
    {
        if (value < 0 || value > StoreLayout.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The store is larger than an offset can address.");
        }

        var rest = (uint)value;
        for (var i = 0; i < StoreLayout.OffsetDigits; i++, rest >>= StoreLayout.DigitBits)
        {
            var last = i == StoreLayout.OffsetDigits - 1;
            Byte((byte)((last ? StoreLayout.LastDigit : StoreLayout.MoreDigit) + (rest & StoreLayout.DigitMask)));
        }
    }

    public void Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Integer(length);
        Raw(value, length);
    }

    /// <summary>A title: its UTF-16 code units, little-endian, with no length before it (the title offsets give it).</summary>
    public void Title(string value)
    {
        Reserve(value.Length * 2);
        foreach (var c in value)
        {
            _bytes[Length++] = (byte)c;
            _bytes[Length++] = (byte)(c >> 8);
        }
    }

    public void OptionalText(string? value)
    {
        if (value is null)
        {
            Integer(0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Integer(length + 1);
        Raw(value, length);
    }

    /// <summary>Text with no length before it: a body, whose end is the next record's start.</summary>
    public void Raw(string value) => Raw(value, Encoding.UTF8.GetByteCount(value));

    public void Bytes(byte[] bytes, int start, int count)
    {
        Reserve(count);
        Buffer.BlockCopy(bytes, start, _bytes, Length, count);
        Length += count;
    }

    public void Bytes(StoreBuffer other) => Bytes(other._bytes, 0, other.Length);

    public byte[] ToArray()
    {
        var result = new byte[Length];
        Buffer.BlockCopy(_bytes, 0, result, 0, Length);
        return result;
    }

    private void Raw(string value, int byteCount)
    {
        Reserve(byteCount);
        Length += Encoding.UTF8.GetBytes(value, 0, value.Length, _bytes, Length);
    }

    private void Byte(byte value)
    {
        Reserve(1);
        _bytes[Length++] = value;
    }

    private void Reserve(int count)
    {
        if (Length + count <= _bytes.Length)
        {
            return;
        }

        var size = Math.Max(Length + count, _bytes.Length <= int.MaxValue / 2 ? _bytes.Length * 2 : int.MaxValue);
        Array.Resize(ref _bytes, size);
    }
}
