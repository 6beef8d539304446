namespace Podium.Diagnostics;

/// <summary>
/// The stable error codes of the content format. Codes never change meaning once published:
/// contributors search for them and CONTRIBUTING.md documents each one.
/// PD00xx files and ids, PD01xx YAML and field values, PD02xx references between files,
/// PD03xx evidence, uncertainty and checks of a result, PD09xx templates and output.
/// </summary>
public static class ErrorCodes
{
    // Files and ids.
    public const string UnreadableFile = "PD0001";
    public const string FileTooLarge = "PD0002";
    public const string UnexpectedFile = "PD0003";
    public const string InvalidId = "PD0004";
    public const string DuplicateId = "PD0005";
    public const string MissingSiteFile = "PD0006";
    public const string MissingContentFolder = "PD0007";

    // YAML structure.
    public const string YamlSyntax = "PD0101";
    public const string NestingTooDeep = "PD0102";
    public const string AnchorOrAlias = "PD0103";
    public const string TagNotAllowed = "PD0104";
    public const string MergeKey = "PD0105";
    public const string DuplicateKey = "PD0106";
    public const string MultipleDocuments = "PD0107";
    public const string FrontMatter = "PD0108";

    // Fields and values.
    public const string UnknownKey = "PD0110";
    public const string MissingField = "PD0111";
    public const string WrongType = "PD0112";
    public const string InvalidDate = "PD0113";
    public const string InvalidLink = "PD0114";
    public const string InvalidBoolean = "PD0115";
    public const string InvalidLanguage = "PD0116";
    public const string InvalidValue = "PD0117";
    public const string TooLong = "PD0118";

    // References between files.
    public const string UnknownTask = "PD0201";
    public const string TaskCycle = "PD0202";
    public const string UnknownDataset = "PD0203";
    public const string UnknownMetric = "PD0204";
    public const string InvalidMetricValue = "PD0205";
    public const string UnknownPaper = "PD0206";
    public const string AmbiguousLeaderboard = "PD0207";
    public const string DuplicateResult = "PD0208";
    public const string MissingPaperOrSource = "PD0209";
    public const string DuplicateLeaderboard = "PD0210";
    public const string DuplicateMetric = "PD0211";
    public const string UnknownRankingMetric = "PD0212";
    public const string PaperAndSource = "PD0213";
    public const string MissingDate = "PD0214";
    public const string OrphanTranslation = "PD0215";

    // Evidence, uncertainty and checks (content format version 2): one code per rule.
    public const string TableAndFigure = "PD0301";
    public const string EmptyEvidence = "PD0302";
    public const string InvalidPage = "PD0303";
    public const string InvalidQuote = "PD0304";
    public const string EvidenceLabelTooLong = "PD0305";
    public const string UncertaintyWithoutValue = "PD0306";
    public const string StdOrCi95 = "PD0307";
    public const string NonPositiveStd = "PD0308";
    public const string InvalidRuns = "PD0309";
    public const string IntervalMismatch = "PD0310";
    public const string UnknownCheckKind = "PD0311";
    public const string CheckBeforeResult = "PD0312";
    public const string CheckWithoutUrl = "PD0313";
    public const string UnknownCheckMetric = "PD0314";

    // Templates (the site owner's, not contributors').
    public const string TemplateError = "PD0901";
    public const string OutputError = "PD0902";
    public const string SiteTooLarge = "PD0903";

    /// <summary>Every code with a one-line description, for documentation and tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [UnreadableFile] = "file is not valid UTF-8 or cannot be read",
        [FileTooLarge] = "file exceeds the size limit",
        [UnexpectedFile] = "file or folder not part of the content format",
        [InvalidId] = "file name is not a valid id",
        [DuplicateId] = "two files have the same id (case-insensitive, after NFC)",
        [MissingSiteFile] = "content/site.yaml is missing",
        [MissingContentFolder] = "the content folder does not exist",
        [YamlSyntax] = "YAML syntax error",
        [NestingTooDeep] = "YAML nested too deeply",
        [AnchorOrAlias] = "YAML anchors and aliases are not allowed",
        [TagNotAllowed] = "YAML tags are not allowed",
        [MergeKey] = "YAML merge keys are not allowed",
        [DuplicateKey] = "the same key appears twice in a mapping",
        [MultipleDocuments] = "a file holds more than one YAML document",
        [FrontMatter] = "paper file without a valid front matter block",
        [UnknownKey] = "key not defined by the content format",
        [MissingField] = "required field missing or empty",
        [WrongType] = "value has the wrong shape (text, list or mapping)",
        [InvalidDate] = "date is not a valid YYYY-MM-DD",
        [InvalidLink] = "link is not an absolute http(s) URL",
        [InvalidBoolean] = "value is not true or false",
        [InvalidLanguage] = "language is not supported or not a BCP 47 tag",
        [InvalidValue] = "value is not allowed here",
        [TooLong] = "text is longer than allowed",
        [UnknownTask] = "task id does not exist",
        [TaskCycle] = "task parents form a cycle",
        [UnknownDataset] = "dataset id does not exist",
        [UnknownMetric] = "metric is not defined on the leaderboard",
        [InvalidMetricValue] = "metric value is not a plain decimal number",
        [UnknownPaper] = "paper id does not exist",
        [AmbiguousLeaderboard] = "result does not say which leaderboard of the dataset it belongs to",
        [DuplicateResult] = "same leaderboard, model and paper twice",
        [MissingPaperOrSource] = "result has neither a paper nor a source",
        [DuplicateLeaderboard] = "two leaderboards of one dataset have the same task",
        [DuplicateMetric] = "two metrics of one leaderboard have the same name",
        [UnknownRankingMetric] = "rank_by names a metric the leaderboard does not have",
        [PaperAndSource] = "paper and source given together",
        [MissingDate] = "result has no date and its source has none",
        [OrphanTranslation] = "summary in another language for a paper that does not exist",
        [TableAndFigure] = "evidence gives both a table and a figure",
        [EmptyEvidence] = "evidence has no key",
        [InvalidPage] = "evidence page is not a positive whole number",
        [InvalidQuote] = "evidence quote is longer than 200 characters or has a line break",
        [EvidenceLabelTooLong] = "evidence table or figure label is longer than 20 characters",
        [UncertaintyWithoutValue] = "uncertainty for a metric the result has no value for",
        [StdOrCi95] = "uncertainty gives both or neither of std and ci95",
        [NonPositiveStd] = "std is zero or negative",
        [InvalidRuns] = "runs is less than 2 or not a whole number",
        [IntervalMismatch] = "ci95 interval is reversed or does not contain the value",
        [UnknownCheckKind] = "check kind is not reproduced, re-evaluated or source-checked",
        [CheckBeforeResult] = "check dated before its result",
        [CheckWithoutUrl] = "reproduced or re-evaluated check without url",
        [UnknownCheckMetric] = "check measures a metric the result does not have",
        [TemplateError] = "a template or UI strings file is missing or broken",
        [OutputError] = "the site could not be written",
        [SiteTooLarge] = "the site is larger than GitHub Pages accepts, or than --max-size",
    };
}
