using System.Collections.Generic;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;

namespace Corpus.Reading.Junk;

/// <summary>What the junk filter made of an article's body.</summary>
/// <param name="Blocks">The blocks to read the article from, in order: without furniture and with spam cut out (in <see cref="JunkMode.Remove"/>), or as they were.</param>
/// <param name="Removed">Every run and block taken out, in file order; empty unless junk was removed.</param>
/// <param name="Diagnostics">One located diagnostic per run or block found, removed or kept.</param>
public sealed record JunkResult(IReadOnlyList<DocumentBlock> Blocks, IReadOnlyList<RemovedModel> Removed, IReadOnlyList<ReaderDiagnostic> Diagnostics)
{
    internal static JunkResult Unchanged(IReadOnlyList<DocumentBlock> blocks) => new(blocks, [], []);
}
