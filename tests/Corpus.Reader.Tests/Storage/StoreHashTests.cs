using System.IO.Hashing;
using Corpus.Reading.Storage;

namespace Corpus.Reader.Tests.Storage;

public class StoreHashTests
{
    /// <summary>
    /// The store's byte hash is XXH64 with seed 0, exactly: every length around the stripe (32 bytes), word (8) and
    /// half-word (4) boundaries, so that each tail path and the lanes are all checked against the platform's own.
    /// </summary>
    [Fact]
    public void The_byte_hash_is_XXH64_for_every_length_and_tail()
    {
        var random = new Random(20261123);
        for (var length = 0; length <= 200; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Assert.Equal(XxHash64.HashToUInt64(bytes), StoreHash.Of(bytes));
        }

        var large = new byte[1_000_003];
        random.NextBytes(large);
        Assert.Equal(XxHash64.HashToUInt64(large), StoreHash.Of(large));
    }

    [Fact]
    public void Changing_any_one_byte_changes_the_byte_hash()
    {
        var bytes = "The store is checked against the articles the compiler sees, byte for byte."u8.ToArray();
        var hash = StoreHash.Of(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 1;
            Assert.NotEqual(hash, StoreHash.Of(changed));
        }
    }

    [Fact]
    public void Added_values_do_not_run_together()
    {
        var (ab, a_b, nothing, empty) = (new StoreHash(), new StoreHash(), new StoreHash(), new StoreHash());
        ab.Add("ab");
        a_b.Add("a");
        a_b.Add("b");
        nothing.Add((string?)null);
        empty.Add("");
        Assert.NotEqual(ab.Value, a_b.Value);
        Assert.NotEqual(nothing.Value, empty.Value);
    }
}
