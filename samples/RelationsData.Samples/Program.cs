// Questions a reader of the sources asks, each answered by a short LINQ query over the typed dataset.
using RelationsData.Samples;

Questions.Overview();
Questions.MembershipsOn(new NodaTime.LocalDate(1998, 6, 1));
Questions.MembershipsDuring(2024);
Questions.TreatiesSignedInThe1990s();
Questions.AgreementsThatMovedTheRelationship();
Questions.TrajectoryByDimension(2020, 2025);
Questions.SecurityEvents(2023, 2025);
Questions.WhereTheSourcesDisagree();
