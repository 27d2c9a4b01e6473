namespace Corpus.Generator;

/// <summary>Names of the pipeline's steps, so that tests can check which steps were cached.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ArticleList = nameof(ArticleList);
    public const string Files = nameof(Files);
    public const string Match = nameof(Match);
    public const string Read = nameof(Read);
    public const string NamingKeys = nameof(NamingKeys);
    public const string Names = nameof(Names);
    public const string Articles = nameof(Articles);
    public const string Parts = nameof(Parts);
    public const string Stored = nameof(Stored);
    public const string Manifest = nameof(Manifest);
    public const string Store = nameof(Store);
}
