using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Reading;

namespace Corpus.Generator.Emit;

/// <summary>A file of the generated class holding the members of up to <see cref="ArticleParts.Size"/> consecutive articles.</summary>
internal sealed record ArticlePart(string Namespace, string ClassName, int Index, EquatableArray<ArticleMember> Members)
{
    public string HintName => HintNames.Ascii(ClassName) + ".__Part" + Index.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";
}

/// <summary>
/// Groups the articles' members into files by position: articles 0–99 in part 0, 100–199 in part 1, and so on.
/// </summary>
/// <remarks>
/// One file per article would let an edit rewrite a single small file, but the compiler pays for every file of a
/// partial class: 20,000 one-member files took 48 s to compile where the same members in one file took 10 s. In parts
/// of 100, an edit rewrites one file of about 100 members, and a large corpus compiles in a few hundred files.
/// </remarks>
internal static class ArticleParts
{
    public const int Size = 100;

    public static ImmutableArray<ArticlePart> Split(ImmutableArray<ArticleMember> members, CorpusOptions options)
    {
        // A file listed twice gives the same member twice; it is written once.
        var ordered = members.GroupBy(m => m.Ordinal).Select(g => g.First()).OrderBy(m => m.Ordinal).ToList();
        var parts = ImmutableArray.CreateBuilder<ArticlePart>();
        foreach (var part in ordered.GroupBy(m => m.Ordinal / Size))
        {
            parts.Add(new ArticlePart(options.Namespace, options.ClassName, part.Key, part.ToEquatableArray()));
        }

        return parts.ToImmutable();
    }

    public static string Emit(ArticlePart part)
    {
        // Each member returns a non-null article from the store's indexer: nothing for nullable analysis to find.
        var writer = new SourceWriter().FileHeader(nullableWarnings: false);
        writer.OpenClass(part.Namespace, part.ClassName, "static");
        for (var i = 0; i < part.Members.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            foreach (var line in part.Members[i].Lines)
            {
                writer.Line(line);
            }
        }

        return writer.CloseClass(part.Namespace).ToString();
    }
}
