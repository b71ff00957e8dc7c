// Warp 1.19.0 cpu code for accumulate_neighbors_c80c96d3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_neighbors_5ffe4b8c {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
    wp::float32 radius;
    wp::float32 kd;
};


template <bool wp_linear_contiguous>
static void accumulate_neighbors_5ffe4b8c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_kd = _wp_args->kd;
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
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def accumulate_neighbors(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 16>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, radius):                                          <L 18>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // vel = particle_v[j]                                                            <L 20>
            var_9 = wp::address(var_particle_v, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // total += -kd * vel                                                             <L 21>
            var_12 = wp::neg(var_kd);
            var_13 = wp::mul(var_12, var_10);
            var_14 = wp::add(var_5, var_13);
        }
        var_15 = wp::where(var_8, var_14, var_5);
        wp::assign(var_5, var_15);
        goto start_for_0;
    end_for_0:;
    // force_out[i] = total                                                                   <L 22>
    wp::array_store(var_force_out, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void accumulate_neighbors_5ffe4b8c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_args,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_kd = _wp_args->kd;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_kd = _wp_adj_args->kd;
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
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
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
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def accumulate_neighbors(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 16>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, radius):                                          <L 18>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
    // force_out[i] = total                                                                   <L 22>
    // wp::array_store(var_force_out, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_force_out, var_1, var_5, adj_force_out, adj_1, adj_5);
    // adj: force_out[i] = total                                                              <L 22>
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
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // vel = particle_v[j]                                                            <L 20>
            var_9 = wp::address(var_particle_v, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // total += -kd * vel                                                             <L 21>
            var_12 = wp::neg(var_kd);
            var_13 = wp::mul(var_12, var_10);
            var_14 = wp::add(var_5, var_13);
        }
        var_15 = wp::where(var_8, var_14, var_5);
        wp::assign(var_5, var_15);
        wp::adj_assign(var_5, var_15, adj_5, adj_15);
        wp::adj_where(var_8, var_14, var_5, adj_8, adj_14, adj_5, adj_15);
        if (var_8) {
            wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
            wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
            wp::adj_neg(var_kd, adj_kd, adj_12);
            // adj: total += -kd * vel                                                        <L 21>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_9);
            // adj: vel = particle_v[j]                                                       <L 20>
        }
        // adj: if j != i:                                                                    <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, radius):                                     <L 18>
    // adj: total = wp.vec3()                                                                 <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 16>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def accumulate_neighbors(                                                         <L 5>
    return;
}



struct accumulate_neighbors_5ffe4b8c_cpu_block_payload_forward
{
    wp_args_accumulate_neighbors_5ffe4b8c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_neighbors_5ffe4b8c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_neighbors_5ffe4b8c_cpu_block_payload_forward* payload = (accumulate_neighbors_5ffe4b8c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_neighbors_5ffe4b8c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_neighbors_5ffe4b8c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_args)
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
        accumulate_neighbors_5ffe4b8c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_neighbors_5ffe4b8c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_neighbors_5ffe4b8c_cpu_block_payload_backward
{
    wp_args_accumulate_neighbors_5ffe4b8c* args;
    wp_args_accumulate_neighbors_5ffe4b8c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_neighbors_5ffe4b8c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_neighbors_5ffe4b8c_cpu_block_payload_backward* payload = (accumulate_neighbors_5ffe4b8c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_neighbors_5ffe4b8c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_neighbors_5ffe4b8c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_args,
    wp_args_accumulate_neighbors_5ffe4b8c *_wp_adj_args)
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
        accumulate_neighbors_5ffe4b8c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_neighbors_5ffe4b8c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

