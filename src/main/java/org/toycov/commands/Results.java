package org.toycov.commands;

import java.util.List;

import org.toycov.outputs.Chart;
import org.toycov.outputs.Table;

/** A command's result tables and charts, for the launcher and the ImageJ bridge. */
public interface Results {

	/** The result tables of the last run, in the order they were made. */
	List<Table> tables();

	/** The result charts of the last run, in the order they were made. */
	List<Chart> charts();
}
