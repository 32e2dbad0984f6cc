/**
 * The flow map, generated from the routing table that builds the statechart: diagrams laid out at
 * build (src/map/), then every step in the order a student meets it, with each answer as an arrow
 * to the step it leads to (the same flow as text, for screen readers and without pictures).
 */
import { useT } from '../i18n/use-t';
import { RichText } from '../components/rich-text';
import { optionsFor } from '../flow/options';
import { shortestTrails } from '../flow/paths';
import { START, steps, type StepId } from '../flow/steps';
import { useLooseT } from '../i18n/loose';
import { useHref } from '../routing/page-context';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import { useStepFocus } from '../a11y/use-step-focus';
import { MapDiagrams } from '../map/map-diagram';
import { plain } from '../i18n/plain';

export function MapPage() {
  const t = useT();
  const tc = useLooseT('common');
  const ts = useLooseT('steps');
  const school = useSchool();
  const href = useHref();
  const vars = schoolVars(school, tc);
  const order = [...shortestTrails(school.rules).keys()];
  const title = (id: StepId) => ts(`${id}.title`, vars);
  const label = (id: StepId, option: string) =>
    ts(`${id}.options.${option}`, { ...vars, defaultValue: tc(`options.${option}`, { defaultValue: option }) });
  const ref = useStepFocus('map', t('map.title'));
  return (
    <article className="map">
      <h1 ref={ref} tabIndex={-1} className="step__title">
        {t('map.title')}
      </h1>
      <p className="step__body">{t('map.intro')}</p>
      <MapDiagrams
        rules={school.rules}
        words={{ title: (id) => (id === START ? t('map.start') : plain(title(id))), label: (id, option) => plain(label(id, option)) }}
      />
      <h2 className="map__list-title">{t('map.list')}</h2>
      <ol className="map__nodes">
        {order.map((id) => {
          const options = optionsFor(id, school.rules);
          return (
            <li key={id} id={`node-${id}`} className={`map__node map__node--${steps[id].kind}`} data-node={id}>
              <p className="map__kind">{tc(`map.kinds.${steps[id].kind}`)}</p>
              <h3 className="map__title">
                <a href={href(id)}>
                  <RichText text={title(id)} />
                </a>
              </h3>
              {options.length ? (
                <ul className="map__edges">
                  {options.map((o) => (
                    <li key={o.id}>
                      <span className="map__answer">
                        <RichText text={label(id, o.id)} />
                      </span>{' '}
                      <span aria-hidden="true">{t('map.leadsTo')}</span>{' '}
                      <a href={`#node-${o.to}`}>
                        <RichText text={title(o.to)} />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="map__end">{t('map.noAnswers')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
