using Corpus.Reading.Junk;
using Corpus.Reading.Model;

namespace Corpus.Tasks;

/// <summary>
/// The project's reading settings from the MSBuild properties the generator also reads, with the generator's own
/// fallbacks (Corpus.Generator's <c>CorpusOptions</c>): an empty or blank property is unset, a value is trimmed, an
/// invalid <c>CorpusMaxArticleLength</c> gives <see cref="ArticleFile.DefaultMaxLength"/> and an invalid <c>CorpusJunk</c>
/// gives <see cref="JunkMode.Remove"/>. The generator reports the invalid value; here it only has to read alike, or the
/// store would not hold what the generator read.
/// </summary>
internal static class ReaderSettings
{
    /// <param name="corpusProjectDirectory"><c>CorpusProjectDirectory</c>, the first choice of directory source paths are relative to.</param>
    /// <param name="projectDir"><c>ProjectDir</c>, the second.</param>
    /// <param name="msbuildProjectDirectory"><c>MSBuildProjectDirectory</c>, the last.</param>
    /// <param name="maxArticleLength"><c>CorpusMaxArticleLength</c>.</param>
    /// <param name="junk"><c>CorpusJunk</c>.</param>
    public static ArticleSettings From(string? corpusProjectDirectory, string? projectDir, string? msbuildProjectDirectory, string? maxArticleLength, string? junk)
    {
        var maxLength = Value(maxArticleLength) is { } length && ArticleSettings.ParseMaxLength(length) is { } parsed ? parsed : ArticleFile.DefaultMaxLength;
        var junkMode = Value(junk) is { } mode && JunkModes.TryParse(mode, out var parsedMode) ? parsedMode : JunkMode.Remove;
        var projectDirectory = Value(corpusProjectDirectory) ?? Value(projectDir) ?? Value(msbuildProjectDirectory);
        return new ArticleSettings(projectDirectory, maxLength, junkMode);
    }

    private static string? Value(string? property) => string.IsNullOrWhiteSpace(property) ? null : property!.Trim();
}
