<?xml version="1.0" encoding="UTF-8"?>
<!--
  OptaPlanner benchmark configuration for tuning the planners' solver (docs/benchmarks.md,
  ./outreach benchmark tune). A FreeMarker template: benchmarks/tune/.../TuneMain gives it
  seconds (each solve's time limit), data (the folder of solomon/ and pvrp-cordeau/), out (the
  report's folder) and instances (files, empty for the list below).
  Instances are read through the routing benchmark's adapters (VrpInstanceFileIO), so each solve
  starts from the same plan as ./outreach benchmark solver. The "current" configuration repeats
  solver-config/schedule-solver.xml (keep them equal); the others change one setting each.
-->
<plannerBenchmark xmlns="https://www.optaplanner.org/xsd/benchmark">
  <benchmarkDirectory>${out}</benchmarkDirectory>
  <parallelBenchmarkCount>1</parallelBenchmarkCount>
  <warmUpSecondsSpentLimit>0</warmUpSecondsSpentLimit>

  <inheritedSolverBenchmark>
    <problemBenchmarks>
      <solutionFileIOClass>org.outreachplanner.vrptune.VrpInstanceFileIO</solutionFileIOClass>
<#if instances?has_content>
<#list instances as file>
      <inputSolutionFile>${file}</inputSolutionFile>
</#list>
<#else>
      <inputSolutionFile>${data}/solomon/RC205.txt</inputSolutionFile>
      <inputSolutionFile>${data}/solomon/R109.txt</inputSolutionFile>
      <inputSolutionFile>${data}/pvrp-cordeau/p01.txt</inputSolutionFile>
</#if>
      <problemStatisticType>BEST_SCORE</problemStatisticType>
    </problemBenchmarks>
  </inheritedSolverBenchmark>

<#macro schedule lateAcceptance=400 ruinWeight=4.0 mostRuined=10 nearbySize=40>
    <solver>
      <solutionClass>org.outreachplanner.schedule.domain.Schedule</solutionClass>
      <entityClass>org.outreachplanner.schedule.domain.TeamDay</entityClass>
      <entityClass>org.outreachplanner.schedule.domain.Visit</entityClass>
      <scoreDirectorFactory>
        <constraintProviderClass>org.outreachplanner.schedule.solver.ScheduleConstraints</constraintProviderClass>
        <constraintStreamImplType>BAVET</constraintStreamImplType>
      </scoreDirectorFactory>
      <termination>
        <secondsSpentLimit>${seconds?c}</secondsSpentLimit>
      </termination>
      <constructionHeuristic/>
      <localSearch>
        <unionMoveSelector>
          <listChangeMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
          </listChangeMoveSelector>
          <listSwapMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
          </listSwapMoveSelector>
          <listChangeMoveSelector>
            <fixedProbabilityWeight>3.0</fixedProbabilityWeight>
            <valueSelector id="nearChange"/>
            <destinationSelector>
              <nearbySelection>
                <originValueSelector mimicSelectorRef="nearChange"/>
                <nearbyDistanceMeterClass>org.outreachplanner.schedule.solver.VisitNearness</nearbyDistanceMeterClass>
                <parabolicDistributionSizeMaximum>${nearbySize?c}</parabolicDistributionSizeMaximum>
              </nearbySelection>
            </destinationSelector>
          </listChangeMoveSelector>
          <listSwapMoveSelector>
            <fixedProbabilityWeight>3.0</fixedProbabilityWeight>
            <valueSelector id="nearSwap"/>
            <secondaryValueSelector>
              <nearbySelection>
                <originValueSelector mimicSelectorRef="nearSwap"/>
                <nearbyDistanceMeterClass>org.outreachplanner.schedule.solver.VisitNearness</nearbyDistanceMeterClass>
                <parabolicDistributionSizeMaximum>${nearbySize?c}</parabolicDistributionSizeMaximum>
              </nearbySelection>
            </secondaryValueSelector>
          </listSwapMoveSelector>
          <subListChangeMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <selectReversingMoveToo>true</selectReversingMoveToo>
            <subListSelector>
              <minimumSubListSize>2</minimumSubListSize>
              <maximumSubListSize>6</maximumSubListSize>
            </subListSelector>
          </subListChangeMoveSelector>
          <subListSwapMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <selectReversingMoveToo>true</selectReversingMoveToo>
            <subListSelector>
              <minimumSubListSize>2</minimumSubListSize>
              <maximumSubListSize>6</maximumSubListSize>
            </subListSelector>
          </subListSwapMoveSelector>
          <kOptListMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <minimumK>2</minimumK>
            <maximumK>3</maximumK>
          </kOptListMoveSelector>
          <moveIteratorFactory>
            <fixedProbabilityWeight>${ruinWeight?c}</fixedProbabilityWeight>
            <moveIteratorFactoryClass>org.outreachplanner.schedule.solver.RuinRecreateMoves</moveIteratorFactoryClass>
            <moveIteratorFactoryCustomProperties>
              <property name="mostRuined" value="${mostRuined?c}"/>
            </moveIteratorFactoryCustomProperties>
          </moveIteratorFactory>
        </unionMoveSelector>
        <acceptor>
          <lateAcceptanceSize>${lateAcceptance?c}</lateAcceptanceSize>
        </acceptor>
        <forager>
          <acceptedCountLimit>1</acceptedCountLimit>
        </forager>
      </localSearch>
    </solver>
</#macro>

  <solverBenchmark>
    <name>current</name>
<@schedule/>
  </solverBenchmark>
  <solverBenchmark>
    <name>late-acceptance-100</name>
<@schedule lateAcceptance=100/>
  </solverBenchmark>
  <solverBenchmark>
    <name>ruin-weight-8-most-15</name>
<@schedule ruinWeight=8.0 mostRuined=15/>
  </solverBenchmark>
</plannerBenchmark>
