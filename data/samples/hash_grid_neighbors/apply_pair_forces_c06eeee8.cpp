// Warp 1.19.0 cpu code for apply_pair_forces_c06eeee8.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_pair_forces_69c62dfd {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 damping;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void apply_pair_forces_69c62dfd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_69c62dfd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::hash_grid_query_f var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def apply_pair_forces(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = points[i]                                                                          <L 16>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 19>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, particle_radius[i]):                         <L 20>
    var_6 = wp::address(var_particle_radius, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::hash_grid_query(var_hash_grid, var_3, var_8);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_7);
        // if j != i:                                                                         <L 21>
        var_10 = (var_9 != var_1);
        if (var_10) {
            // v = velocities[j]                                                              <L 22>
            var_11 = wp::address(var_velocities, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // vel = particle_v[j]                                                            <L 23>
            var_14 = wp::address(var_particle_v, var_9);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // pos = points[j]                                                                <L 24>
            var_17 = wp::address(var_points, var_9);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // n = wp.normalize(x - pos)                                                      <L 25>
            var_20 = wp::sub(var_3, var_18);
            var_21 = wp::normalize(var_20);
            // speed = wp.dot(v - vel, n)                                                     <L 26>
            var_22 = wp::sub(var_12, var_15);
            var_23 = wp::dot(var_22, var_21);
            // f_damp = -damping * speed * n                                                  <L 27>
            var_24 = wp::neg(var_damping);
            var_25 = wp::mul(var_24, var_23);
            var_26 = wp::mul(var_25, var_21);
            // total += f_damp                                                                <L 28>
            var_27 = wp::add(var_5, var_26);
        }
        var_28 = wp::where(var_10, var_27, var_5);
        wp::assign(var_5, var_28);
        goto start_for_0;
    end_for_0:;
    // forces[i] = total                                                                      <L 29>
    wp::array_store(var_forces, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void apply_pair_forces_69c62dfd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pair_forces_69c62dfd *_wp_args,
    wp_args_apply_pair_forces_69c62dfd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::hash_grid_query_f var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::hash_grid_query_f adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def apply_pair_forces(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = points[i]                                                                          <L 16>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 19>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, particle_radius[i]):                         <L 20>
    var_6 = wp::address(var_particle_radius, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::hash_grid_query(var_hash_grid, var_3, var_8);
    // forces[i] = total                                                                      <L 29>
    // wp::array_store(var_forces, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_5, adj_forces, adj_1, adj_5);
    // adj: forces[i] = total                                                                 <L 29>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_7);
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
        // if j != i:                                                                         <L 21>
        var_10 = (var_9 != var_1);
        if (var_10) {
            // v = velocities[j]                                                              <L 22>
            var_11 = wp::address(var_velocities, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // vel = particle_v[j]                                                            <L 23>
            var_14 = wp::address(var_particle_v, var_9);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // pos = points[j]                                                                <L 24>
            var_17 = wp::address(var_points, var_9);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // n = wp.normalize(x - pos)                                                      <L 25>
            var_20 = wp::sub(var_3, var_18);
            var_21 = wp::normalize(var_20);
            // speed = wp.dot(v - vel, n)                                                     <L 26>
            var_22 = wp::sub(var_12, var_15);
            var_23 = wp::dot(var_22, var_21);
            // f_damp = -damping * speed * n                                                  <L 27>
            var_24 = wp::neg(var_damping);
            var_25 = wp::mul(var_24, var_23);
            var_26 = wp::mul(var_25, var_21);
            // total += f_damp                                                                <L 28>
            var_27 = wp::add(var_5, var_26);
        }
        var_28 = wp::where(var_10, var_27, var_5);
        wp::assign(var_5, var_28);
        wp::adj_assign(var_5, var_28, adj_5, adj_28);
        wp::adj_where(var_10, var_27, var_5, adj_10, adj_27, adj_5, adj_28);
        if (var_10) {
            wp::adj_add(var_5, var_26, adj_5, adj_26, adj_27);
            // adj: total += f_damp                                                           <L 28>
            wp::adj_mul(var_25, var_21, adj_25, adj_21, adj_26);
            wp::adj_mul(var_24, var_23, adj_24, adj_23, adj_25);
            wp::adj_neg(var_damping, adj_damping, adj_24);
            // adj: f_damp = -damping * speed * n                                             <L 27>
            wp::adj_dot(var_22, var_21, adj_22, adj_21, adj_23);
            wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_22);
            // adj: speed = wp.dot(v - vel, n)                                                <L 26>
            wp::adj_normalize(var_20, var_21, adj_20, adj_21);
            wp::adj_sub(var_3, var_18, adj_3, adj_18, adj_20);
            // adj: n = wp.normalize(x - pos)                                                 <L 25>
            wp::adj_copy(var_19, adj_17, adj_18);
            wp::adj_address(var_points, var_9, adj_points, adj_9, adj_17);
            // adj: pos = points[j]                                                           <L 24>
            wp::adj_copy(var_16, adj_14, adj_15);
            wp::adj_address(var_particle_v, var_9, adj_particle_v, adj_9, adj_14);
            // adj: vel = particle_v[j]                                                       <L 23>
            wp::adj_copy(var_13, adj_11, adj_12);
            wp::adj_address(var_velocities, var_9, adj_velocities, adj_9, adj_11);
            // adj: v = velocities[j]                                                         <L 22>
        }
        // adj: if j != i:                                                                    <L 21>
    	goto start_for_0;
    end_for_0:;
    wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_6);
    // adj: for j in wp.hash_grid_query(hash_grid, x, particle_radius[i]):                    <L 20>
    // adj: total = wp.vec3()                                                                 <L 19>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 16>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def apply_pair_forces(                                                            <L 5>
    return;
}



struct apply_pair_forces_69c62dfd_cpu_block_payload_forward
{
    wp_args_apply_pair_forces_69c62dfd* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_pair_forces_69c62dfd_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_pair_forces_69c62dfd_cpu_block_payload_forward* payload = (apply_pair_forces_69c62dfd_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_pair_forces_69c62dfd_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_pair_forces_69c62dfd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_69c62dfd *_wp_args)
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
        apply_pair_forces_69c62dfd_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_pair_forces_69c62dfd_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_pair_forces_69c62dfd_cpu_block_payload_backward
{
    wp_args_apply_pair_forces_69c62dfd* args;
    wp_args_apply_pair_forces_69c62dfd* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_pair_forces_69c62dfd_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_pair_forces_69c62dfd_cpu_block_payload_backward* payload = (apply_pair_forces_69c62dfd_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_pair_forces_69c62dfd_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_pair_forces_69c62dfd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pair_forces_69c62dfd *_wp_args,
    wp_args_apply_pair_forces_69c62dfd *_wp_adj_args)
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
        apply_pair_forces_69c62dfd_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_pair_forces_69c62dfd_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

