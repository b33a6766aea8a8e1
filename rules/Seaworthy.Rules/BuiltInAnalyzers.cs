using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Rules.Container;
using Seaworthy.Rules.Dockerfile;
using Seaworthy.Rules.Shell;

namespace Seaworthy.Rules;

/// <summary>The analyzers that ship with Seaworthy.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static IReadOnlyList<Analyzer> CreateAll() => new Analyzer[]
    {
        new RunAsRootAnalyzer(),
        new UnpinnedImageAnalyzer(),
        new SecretInEnvironmentAnalyzer(),
        new MissingHealthcheckAnalyzer(),
        new UntrustedRegistryAnalyzer(),
        new WorkdirRelativePathAnalyzer(),
        new DuplicateStageNameAnalyzer(),
        new ReservedStageNameAnalyzer(),
        new StageNameCasingAnalyzer(),
        new FromAsCasingAnalyzer(),
        new ConsistentInstructionCasingAnalyzer(),
        new MaintainerDeprecatedAnalyzer(),
        new JsonArgsRecommendedAnalyzer(),
        new MultipleInstructionsAnalyzer(),
        new LegacyKeyValueFormatAnalyzer(),
        new UndefinedArgInFromAnalyzer(),
        new RedundantTargetPlatformAnalyzer(),
        new InvalidDefaultArgInFromAnalyzer(),
        new FromPlatformFlagConstAnalyzer(),
        new ExposeProtoCasingAnalyzer(),
        new InvalidExposeAnalyzer(),
        new EmptyContinuationLineAnalyzer(),
        new InvalidDefinitionDescriptionAnalyzer(),
        new UndefinedVariableAnalyzer(),
        new CopyIgnoredFileAnalyzer(),
        new InstructionBeforeFromAnalyzer(),
        new AddInsteadOfCopyAnalyzer(),
        new CopyDestinationNotDirectoryAnalyzer(),
        new CopyFromUnknownStageAnalyzer(),
        new CopyFromOwnStageAnalyzer(),
        new OnbuildTriggerNotAllowedAnalyzer(),
        new EnvSelfReferenceAnalyzer(),
        new CopyRelativeDestinationAnalyzer(),
        new InvalidLabelKeyAnalyzer(),
        new NonNumericUserAnalyzer(),
        new CopyWholeFilesystemAnalyzer(),
        new InlineSuppressionUsedAnalyzer(),
        new HealthcheckInvalidAnalyzer(),
        new InstructionArgumentCountAnalyzer(),
        new MissingRequiredLabelAnalyzer(),
        new UnexpectedLabelAnalyzer(),
        new InvalidLabelValueAnalyzer(),
        new AptGetUnpinnedPackageAnalyzer(),
        new AptGetMissingYesAnalyzer(),
        new AptGetInstallRecommendsAnalyzer(),
        new AptListsNotCleanedAnalyzer(),
        new AptInsteadOfAptGetAnalyzer(),
        new ApkUnpinnedPackageAnalyzer(),
        new ApkMissingNoCacheAnalyzer(),
        new YumMissingYesAnalyzer(),
        new YumCacheNotCleanedAnalyzer(),
        new YumUnpinnedPackageAnalyzer(),
        new DnfMissingYesAnalyzer(),
        new DnfCacheNotCleanedAnalyzer(),
        new DnfUnpinnedPackageAnalyzer(),
        new ZypperMissingNonInteractiveAnalyzer(),
        new ZypperDistUpgradeAnalyzer(),
        new ZypperCacheNotCleanedAnalyzer(),
        new ZypperUnpinnedPackageAnalyzer(),
    };
}
