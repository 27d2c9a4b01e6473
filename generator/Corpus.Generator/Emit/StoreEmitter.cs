using System.Collections.Generic;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Storage;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes an inline store (<c>CorpusStorage=Inline</c>): the store's UTF-8 form (its titles as UTF-8) as UTF-8 literals
/// in the assembly's data section, in chunks, since one huge literal costs the compiler far more memory than several
/// smaller ones.
/// </summary>
internal static class StoreEmitter
{
    /// <summary>Characters per literal: large enough that a big corpus needs few, small enough to keep the compiler's peak memory down.</summary>
    internal const int ChunkLength = 256 * 1024;

    public static string Emit(CorpusOptions options, IReadOnlyList<StoreEntry> entries)
    {
        var (text, storeLength) = StoreWriter.WriteUtf8Form(entries);
        var chunks = Chunks(text);

        var writer = new SourceWriter().FileHeader();
        writer.OpenClass(options.Namespace, options.ClassName, "static");
        writer.Line($"private static global::Corpus.ArticleStore {IndexEmitter.CreateStoreMethod}() => global::Corpus.ArticleStore.FromUtf8(static () => {IndexEmitter.IdsProperty}, {storeLength}, {chunks.Count}, static chunk => chunk switch");
        writer.Open();
        for (var i = 0; i < chunks.Count; i++)
        {
            writer.Line($"{i} => {CSharpLiteral.Utf8(chunks[i])},");
        }

        writer.Line("_ => default,");
        writer.Close("});");
        return writer.CloseClass(options.Namespace).ToString();
    }

    /// <summary>An inline store that cannot be written (it is too large): creating it throws, and CORPUS024 says why.</summary>
    public static string EmitTooLarge(CorpusOptions options, long size)
    {
        var writer = new SourceWriter().FileHeader();
        writer.OpenClass(options.Namespace, options.ClassName, "static");
        writer.Line($"private static global::Corpus.ArticleStore {IndexEmitter.CreateStoreMethod}() => throw new global::System.InvalidOperationException(\"The corpus ({size} bytes) is too large for one assembly (CORPUS024).\");");
        return writer.CloseClass(options.Namespace).ToString();
    }

    /// <summary>
    /// The text in pieces of at most <paramref name="chunkLength"/> characters (two where one would split a surrogate
    /// pair), never splitting a surrogate pair: each piece is whole characters, as the runtime expects.
    /// </summary>
    internal static List<string> Chunks(string text, int chunkLength = ChunkLength)
    {
        var chunks = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = System.Math.Min(chunkLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length += length == 1 ? 1 : -1;
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        return chunks;
    }
}
