// Warp 1.19.0 cpu code for apply_pair_forces_276b5ca3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_pair_forces_ad8d6f2e {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
    wp::float32 particle_radius;
    wp::float32 stiffness;
};


template <bool wp_linear_contiguous>
static void apply_pair_forces_ad8d6f2e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_stiffness = _wp_args->stiffness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::hash_grid_query_f var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
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
    // total = wp.vec3()                                                                      <L 18>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 19>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 20>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // p = particle_x[j]                                                              <L 21>
            var_9 = wp::address(var_particle_x, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // delta = x - p                                                                  <L 22>
            var_12 = wp::sub(var_3, var_10);
            // dist = wp.length(delta)                                                        <L 23>
            var_13 = wp::length(var_12);
            // push = wp.vec3()                                                               <L 24>
            var_14 = wp::vec_t<3, wp::float32>();
            // if dist < 2.0 * particle_radius and dist > 0.0:                                <L 25>
            var_17 = wp::mul(var_16, var_particle_radius);
            var_18 = (var_13 < var_17);
            var_15 = var_18;
            if (var_15) {
                var_20 = (var_13 > var_19);
                var_15 = var_15 && var_20;
            }
            if (var_15) {
                // push = delta / dist * (stiffness * (2.0 * particle_radius - dist))         <L 26>
                var_21 = wp::div(var_12, var_13);
                var_23 = wp::mul(var_22, var_particle_radius);
                var_24 = wp::sub(var_23, var_13);
                var_25 = wp::mul(var_stiffness, var_24);
                var_26 = wp::mul(var_21, var_25);
            }
            var_27 = wp::where(var_15, var_26, var_14);
            // total += push                                                                  <L 27>
            var_28 = wp::add(var_5, var_27);
        }
        var_29 = wp::where(var_8, var_28, var_5);
        wp::assign(var_5, var_29);
        goto start_for_0;
    end_for_0:;
    // force_out[i] = total                                                                   <L 28>
    wp::array_store(var_force_out, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void apply_pair_forces_ad8d6f2e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_args,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::hash_grid_query_f var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::hash_grid_query_f adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
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
    // total = wp.vec3()                                                                      <L 18>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 19>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    // force_out[i] = total                                                                   <L 28>
    // wp::array_store(var_force_out, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_force_out, var_1, var_5, adj_force_out, adj_1, adj_5);
    // adj: force_out[i] = total                                                              <L 28>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
        // if j != i:                                                                         <L 20>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // p = particle_x[j]                                                              <L 21>
            var_9 = wp::address(var_particle_x, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // delta = x - p                                                                  <L 22>
            var_12 = wp::sub(var_3, var_10);
            // dist = wp.length(delta)                                                        <L 23>
            var_13 = wp::length(var_12);
            // push = wp.vec3()                                                               <L 24>
            var_14 = wp::vec_t<3, wp::float32>();
            // if dist < 2.0 * particle_radius and dist > 0.0:                                <L 25>
            var_17 = wp::mul(var_16, var_particle_radius);
            var_18 = (var_13 < var_17);
            var_15 = var_18;
            if (var_15) {
                var_20 = (var_13 > var_19);
                var_15 = var_15 && var_20;
            }
            if (var_15) {
                // push = delta / dist * (stiffness * (2.0 * particle_radius - dist))         <L 26>
                var_21 = wp::div(var_12, var_13);
                var_23 = wp::mul(var_22, var_particle_radius);
                var_24 = wp::sub(var_23, var_13);
                var_25 = wp::mul(var_stiffness, var_24);
                var_26 = wp::mul(var_21, var_25);
            }
            var_27 = wp::where(var_15, var_26, var_14);
            // total += push                                                                  <L 27>
            var_28 = wp::add(var_5, var_27);
        }
        var_29 = wp::where(var_8, var_28, var_5);
        wp::assign(var_5, var_29);
        wp::adj_assign(var_5, var_29, adj_5, adj_29);
        wp::adj_where(var_8, var_28, var_5, adj_8, adj_28, adj_5, adj_29);
        if (var_8) {
            wp::adj_add(var_5, var_27, adj_5, adj_27, adj_28);
            // adj: total += push                                                             <L 27>
            wp::adj_where(var_15, var_26, var_14, adj_15, adj_26, adj_14, adj_27);
            if (var_15) {
                wp::adj_mul(var_21, var_25, adj_21, adj_25, adj_26);
                wp::adj_mul(var_stiffness, var_24, adj_stiffness, adj_24, adj_25);
                wp::adj_sub(var_23, var_13, adj_23, adj_13, adj_24);
                wp::adj_mul(var_22, var_particle_radius, adj_22, adj_particle_radius, adj_23);
                wp::adj_div(var_12, var_13, adj_12, adj_13, adj_21);
                // adj: push = delta / dist * (stiffness * (2.0 * particle_radius - dist))    <L 26>
            }
            if (var_15) {
            }
            wp::adj_mul(var_16, var_particle_radius, adj_16, adj_particle_radius, adj_17);
            // adj: if dist < 2.0 * particle_radius and dist > 0.0:                           <L 25>
            // adj: push = wp.vec3()                                                          <L 24>
            wp::adj_length(var_12, var_13, adj_12, adj_13);
            // adj: dist = wp.length(delta)                                                   <L 23>
            wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_12);
            // adj: delta = x - p                                                             <L 22>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_9);
            // adj: p = particle_x[j]                                                         <L 21>
        }
        // adj: if j != i:                                                                    <L 20>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 19>
    // adj: total = wp.vec3()                                                                 <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
    // adj: x = particle_x[i]                                                                 <L 15>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def apply_pair_forces(                                                            <L 5>
    return;
}



struct apply_pair_forces_ad8d6f2e_cpu_block_payload_forward
{
    wp_args_apply_pair_forces_ad8d6f2e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_pair_forces_ad8d6f2e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_pair_forces_ad8d6f2e_cpu_block_payload_forward* payload = (apply_pair_forces_ad8d6f2e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_pair_forces_ad8d6f2e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_pair_forces_ad8d6f2e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        apply_pair_forces_ad8d6f2e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_pair_forces_ad8d6f2e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_pair_forces_ad8d6f2e_cpu_block_payload_backward
{
    wp_args_apply_pair_forces_ad8d6f2e* args;
    wp_args_apply_pair_forces_ad8d6f2e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_pair_forces_ad8d6f2e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_pair_forces_ad8d6f2e_cpu_block_payload_backward* payload = (apply_pair_forces_ad8d6f2e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_pair_forces_ad8d6f2e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_pair_forces_ad8d6f2e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_args,
    wp_args_apply_pair_forces_ad8d6f2e *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        apply_pair_forces_ad8d6f2e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_pair_forces_ad8d6f2e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

