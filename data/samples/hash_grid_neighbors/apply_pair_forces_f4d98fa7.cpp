// Warp 1.19.0 cpu code for apply_pair_forces_f4d98fa7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_pair_forces_f6de5e96 {
    wp::uint64 grid;
    wp::array_t<wp::float32> body_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::float32 particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void apply_pair_forces_f6de5e96_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_pair_forces_f6de5e96 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def apply_pair_forces(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 14>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 15>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body_inv_mass[i] == 0.0:                                                            <L 17>
    var_5 = wp::address(var_body_inv_mass, var_1);
    var_8 = wp::load(var_5);
    var_7 = (var_8 == var_6);
    if (var_7) {
        // return                                                                             <L 18>
        return;
    }
    // total = wp.vec3()                                                                      <L 19>
    var_9 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 20>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    start_for_1:;
        if (iter_cmp(var_10) == 0) goto end_for_1;
        var_11 = wp::iter_next(var_10);
        // if j != i:                                                                         <L 21>
        var_12 = (var_11 != var_1);
        if (var_12) {
            // f = forces[j]                                                                  <L 22>
            var_13 = wp::address(var_forces, var_11);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // total += f                                                                     <L 23>
            var_16 = wp::add(var_9, var_14);
        }
        var_17 = wp::where(var_12, var_16, var_9);
        wp::assign(var_9, var_17);
        goto start_for_1;
    end_for_1:;
    // particle_f[i] = total                                                                  <L 24>
    wp::array_store(var_particle_f, var_1, var_9);
}



template <bool wp_linear_contiguous>
static void apply_pair_forces_f6de5e96_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args,
    wp_args_apply_pair_forces_f6de5e96 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_pair_forces_f6de5e96 wp_contiguous_args;
    wp_args_apply_pair_forces_f6de5e96 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::float32> adj_body_inv_mass = _wp_adj_args->body_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::hash_grid_query_f adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def apply_pair_forces(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 14>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 15>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body_inv_mass[i] == 0.0:                                                            <L 17>
    var_5 = wp::address(var_body_inv_mass, var_1);
    var_8 = wp::load(var_5);
    var_7 = (var_8 == var_6);
    if (var_7) {
        // return                                                                             <L 18>
        goto label0;
    }
    // total = wp.vec3()                                                                      <L 19>
    var_9 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 20>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    // particle_f[i] = total                                                                  <L 24>
    // wp::array_store(var_particle_f, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_1, var_9, adj_particle_f, adj_1, adj_9);
    // adj: particle_f[i] = total                                                             <L 24>
    var_10 = wp::iter_reverse(var_10);
    start_for_1:;
        if (iter_cmp(var_10) == 0) goto end_for_1;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // if j != i:                                                                         <L 21>
        var_12 = (var_11 != var_1);
        if (var_12) {
            // f = forces[j]                                                                  <L 22>
            var_13 = wp::address(var_forces, var_11);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // total += f                                                                     <L 23>
            var_16 = wp::add(var_9, var_14);
        }
        var_17 = wp::where(var_12, var_16, var_9);
        wp::assign(var_9, var_17);
        wp::adj_assign(var_9, var_17, adj_9, adj_17);
        wp::adj_where(var_12, var_16, var_9, adj_12, adj_16, adj_9, adj_17);
        if (var_12) {
            wp::adj_add(var_9, var_14, adj_9, adj_14, adj_16);
            // adj: total += f                                                                <L 23>
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_forces, var_11, adj_forces, adj_11, adj_13);
            // adj: f = forces[j]                                                             <L 22>
        }
        // adj: if j != i:                                                                    <L 21>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 20>
    // adj: total = wp.vec3()                                                                 <L 19>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    wp::adj_address(var_body_inv_mass, var_1, adj_body_inv_mass, adj_1, adj_5);
    // adj: if body_inv_mass[i] == 0.0:                                                       <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
    // adj: x = particle_x[i]                                                                 <L 15>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def apply_pair_forces(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_pair_forces_f6de5e96_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_pair_forces_f6de5e96_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_pair_forces_f6de5e96_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_pair_forces_f6de5e96_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_pair_forces_f6de5e96_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_pair_forces_f6de5e96_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args)
{
    apply_pair_forces_f6de5e96_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_pair_forces_f6de5e96_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args,
    wp_args_apply_pair_forces_f6de5e96 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_pair_forces_f6de5e96_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_pair_forces_f6de5e96_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args,
    wp_args_apply_pair_forces_f6de5e96 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_pair_forces_f6de5e96_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_pair_forces_f6de5e96_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_pair_forces_f6de5e96_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_f6de5e96 *_wp_args,
    wp_args_apply_pair_forces_f6de5e96 *_wp_adj_args)
{
    apply_pair_forces_f6de5e96_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

