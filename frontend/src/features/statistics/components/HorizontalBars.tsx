import {
  Bar,
  BarChart,
  LabelList,
  Rectangle,
  Text,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type YAxisTickContentProps,
} from 'recharts';
import { largestValue, type ChartRow } from '../stats-view';
import { useElementWidth } from './use-element-width';

export type ChartSeries = {
  key: string;
  /** The column heading in the table, e.g. "Beds". */
  heading: string;
  /** The text at the end of each bar, e.g. "7 beds": the figure itself, never colour alone. */
  valueLabel: (value: number) => string;
};

type HorizontalBarsProps = { rows: readonly ChartRow[]; series: readonly ChartSeries[]; rtl: boolean };

const FONT_SIZE = 14;
const BAR_THICKNESS = 18;
const TEXT_STYLE = { fontSize: FONT_SIZE };

/**
 * The library's own bar, given as a shape of our own: the library then keeps bars of zero
 * length, so a count of 0 still gets its "0" written beside the axis instead of nothing at all.
 */
function BarShape(props: BarShapeProps) {
  return <Rectangle {...props} />;
}

type BarValueProps = LabelProps & { rtl: boolean; describe: (value: number) => string };

/**
 * A bar's figure just past its end, on the side the bar grows to (a bar of 0 included, which the
 * library would put on the wrong side of the axis in a right-to-left chart).
 */
function BarValue({ viewBox, value, rtl, describe }: BarValueProps) {
  if (!viewBox || !('x' in viewBox) || !('upperWidth' in viewBox)) return null;
  const box = viewBox as { x: number; y: number; upperWidth: number; height: number };
  const end = box.x + box.upperWidth; // the width is negative on a reversed axis
  return (
    <Text
      x={rtl ? end - 6 : end + 6}
      y={box.y + box.height / 2}
      textAnchor={rtl ? 'end' : 'start'}
      verticalAnchor="middle"
      style={TEXT_STYLE}
      className="stat-chart__value"
    >
      {inReadingOrder(describe(Number(value)), rtl)}
    </Text>
  );
}

/**
 * Right-to-left text in an SVG that is laid out left to right (see statistics.css) keeps its
 * words and digits in reading order when it starts with a right-to-left mark.
 */
function inReadingOrder(text: string, rtl: boolean): string {
  return rtl ? `\u200f${text}` : text;
}

/**
 * Bars that grow along the reading direction, one group per row, with each category's name
 * beside it and each value written at the end of its bar. Horizontal, so long category names
 * (in any language) have room and a phone needs no sideways scrolling. Decorative for assistive
 * technology: the figure's table says the same.
 */
export function HorizontalBars({ rows, series, rtl }: HorizontalBarsProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(600);
  // Names get a good third of the width; the values need room after the longest bar.
  const labelWidth = Math.round(Math.min(220, Math.max(110, width * 0.38)));
  const valueRoom = series.length > 1 ? 76 : 44;
  const groupHeight = series.length * (BAR_THICKNESS + 4) + 22;
  const height = rows.length * groupHeight + 8;
  const data = rows.map((row) => ({ label: inReadingOrder(row.label, rtl), ...row.values }));

  return (
    <div ref={ref} className="stat-chart" aria-hidden="true">
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        barGap={4}
        barCategoryGap={12}
        margin={{ top: 4, bottom: 4, left: rtl ? valueRoom : 0, right: rtl ? 0 : valueRoom }}
      >
        <XAxis type="number" hide reversed={rtl} domain={[0, largestValue(rows)]} allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="label"
          orientation={rtl ? 'right' : 'left'}
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={({ x, y, payload }: YAxisTickContentProps) => (
            <Text
              x={rtl ? Number(x) + 8 : Number(x) - 8}
              y={y}
              width={labelWidth - 12}
              textAnchor={rtl ? 'start' : 'end'}
              verticalAnchor="middle"
              maxLines={3}
              style={TEXT_STYLE}
              className="stat-chart__category"
            >
              {String(payload.value)}
            </Text>
          )}
        />
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.heading}
            barSize={BAR_THICKNESS}
            shape={BarShape}
            className={`stat-chart__bar stat-chart__bar--${index + 1}`}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={item.key}
              content={(props: LabelProps) => <BarValue {...props} rtl={rtl} describe={item.valueLabel} />}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
