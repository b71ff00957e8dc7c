// Warp 1.19.0 cpu code for contact_forces_da9f0010.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_contact_forces_22c33fd9 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void contact_forces_22c33fd9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_forces_22c33fd9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::hash_grid_query_f var_9;
    wp::int32 var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def contact_forces(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // radius = particle_radius[i]                                                            <L 15>
    var_5 = wp::address(var_particle_radius, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // total = wp.vec3()                                                                      <L 18>
    var_8 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, radius):                                          <L 19>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_6);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // if j != i:                                                                         <L 20>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // f = particle_f[j]                                                              <L 21>
            var_12 = wp::address(var_particle_f, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // total += f                                                                     <L 22>
            var_15 = wp::add(var_8, var_13);
        }
        var_16 = wp::where(var_11, var_15, var_8);
        wp::assign(var_8, var_16);
        goto start_for_0;
    end_for_0:;
    // forces[i] = total                                                                      <L 23>
    wp::array_store(var_forces, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void contact_forces_22c33fd9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_forces_22c33fd9 *_wp_args,
    wp_args_contact_forces_22c33fd9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::hash_grid_query_f var_9;
    wp::int32 var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::hash_grid_query_f adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def contact_forces(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // radius = particle_radius[i]                                                            <L 15>
    var_5 = wp::address(var_particle_radius, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // total = wp.vec3()                                                                      <L 18>
    var_8 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, radius):                                          <L 19>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_6);
    // forces[i] = total                                                                      <L 23>
    // wp::array_store(var_forces, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_8, adj_forces, adj_1, adj_8);
    // adj: forces[i] = total                                                                 <L 23>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
        // if j != i:                                                                         <L 20>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // f = particle_f[j]                                                              <L 21>
            var_12 = wp::address(var_particle_f, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // total += f                                                                     <L 22>
            var_15 = wp::add(var_8, var_13);
        }
        var_16 = wp::where(var_11, var_15, var_8);
        wp::assign(var_8, var_16);
        wp::adj_assign(var_8, var_16, adj_8, adj_16);
        wp::adj_where(var_11, var_15, var_8, adj_11, adj_15, adj_8, adj_16);
        if (var_11) {
            wp::adj_add(var_8, var_13, adj_8, adj_13, adj_15);
            // adj: total += f                                                                <L 22>
            wp::adj_copy(var_14, adj_12, adj_13);
            wp::adj_address(var_particle_f, var_10, adj_particle_f, adj_10, adj_12);
            // adj: f = particle_f[j]                                                         <L 21>
        }
        // adj: if j != i:                                                                    <L 20>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, radius):                                     <L 19>
    // adj: total = wp.vec3()                                                                 <L 18>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_5);
    // adj: radius = particle_radius[i]                                                       <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 14>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def contact_forces(                                                               <L 5>
    return;
}



struct contact_forces_22c33fd9_cpu_block_payload_forward
{
    wp_args_contact_forces_22c33fd9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void contact_forces_22c33fd9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    contact_forces_22c33fd9_cpu_block_payload_forward* payload = (contact_forces_22c33fd9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    contact_forces_22c33fd9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void contact_forces_22c33fd9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_22c33fd9 *_wp_args)
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
        contact_forces_22c33fd9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &contact_forces_22c33fd9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct contact_forces_22c33fd9_cpu_block_payload_backward
{
    wp_args_contact_forces_22c33fd9* args;
    wp_args_contact_forces_22c33fd9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void contact_forces_22c33fd9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    contact_forces_22c33fd9_cpu_block_payload_backward* payload = (contact_forces_22c33fd9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    contact_forces_22c33fd9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void contact_forces_22c33fd9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_22c33fd9 *_wp_args,
    wp_args_contact_forces_22c33fd9 *_wp_adj_args)
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
        contact_forces_22c33fd9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &contact_forces_22c33fd9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

